/** ZooKeeper release lines zklint knows. Behaviour defaults to 3.8 (what Debian bookworm ships). */
export const ZK_VERSIONS = ['3.4', '3.5', '3.6', '3.7', '3.8', '3.9'] as const;
export type ZkVersion = (typeof ZK_VERSIONS)[number];
export const DEFAULT_ZK_VERSION: ZkVersion = '3.8';

export function isZkVersion(v: string): v is ZkVersion {
  return (ZK_VERSIONS as readonly string[]).includes(v);
}

/** Compares two versions such as '3.5' or '3.5.3' numerically. */
const parsedVersions = new Map<string, number[]>();
function parts(v: string): number[] {
  let p = parsedVersions.get(v);
  if (!p) {
    p = v.split('.').map(Number);
    if (parsedVersions.size < 1024) parsedVersions.set(v, p);
  }
  return p;
}

export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Release lines as numbers (3.5 → 305): the common comparison, a release line against another, needs no parsing. */
const RANK = new Map<string, number>(ZK_VERSIONS.map((v) => [v, 300 + Number(v.slice(2))]));

export function atLeast(v: ZkVersion, min: string): boolean {
  const a = RANK.get(v);
  const b = RANK.get(min);
  return a !== undefined && b !== undefined ? a >= b : compareVersions(v, min) >= 0;
}
