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

/**
 * The releases a rule or fact applies to: `'all'`, or an inclusive range whose ends are release
 * lines (`'3.5'`) or patch releases (`'3.5.3'`).
 */
export type VersionRange = 'all' | { readonly since?: string; readonly until?: string };

/**
 * Whether `version` is inside `range`. A release line (`'3.5'`) is compared on its line only, so
 * `{ since: '3.5.3' }` includes `'3.5'` (some 3.5 release has it); a patch release is compared exactly.
 */
export function inRange(version: string, range: VersionRange): boolean {
  if (range === 'all') return true;
  const line = parts(version).length <= 2;
  const cmp = (bound: string) => (line ? compareVersions(version, bound.split('.').slice(0, 2).join('.')) : compareVersions(version, bound));
  if (range.since !== undefined && cmp(range.since) < 0) return false;
  if (range.until !== undefined && !line && parts(range.until).length <= 2) {
    // `until: '3.8'` means every 3.8.x.
    return compareVersions(version.split('.').slice(0, 2).join('.'), range.until) <= 0;
  }
  if (range.until !== undefined && cmp(range.until) > 0) return false;
  return true;
}

/** A range in words for docs and SARIF: "all", "3.5+", "3.4 only", "3.4-3.7". */
export function describeRange(range: VersionRange): string {
  if (range === 'all') return 'all';
  const { since, until } = range;
  if (since && until) return since === until ? `${since} only` : `${since}-${until}`;
  if (since) return `${since}+`;
  if (until) return `up to ${until}`;
  return 'all';
}

/** The release line of a version (`'3.9.3'` → `'3.9'`). */
export function lineOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** A known release line or patch release of one (`'3.8'`, `'3.4.13'`). */
export function isKnownVersion(v: string): boolean {
  return /^\d+\.\d+(\.\d+)?$/.test(v) && isZkVersion(lineOf(v));
}
