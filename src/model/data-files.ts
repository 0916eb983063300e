/**
 * What FileTxnSnapLog and QuorumPeer.loadDataBase see in the data directories: the two
 * `version-2` paths as java.io.File strings, snapshot/log files by name, and the epoch files.
 */
import type { DirFacts } from './data-dir.js';
import { parseJavaLong } from './java.js';
import type { EpochRead } from '../load/host-facts.js';
import { javaSplit } from './java-split.js';

/** java.io.File normalisation on Unix: duplicate and trailing separators removed, nothing else. */
export function javaFilePath(p: string): string {
  const s = p.replace(/\/+/g, '/');
  return s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s;
}

/** `new File(dir, "version-2").getPath()`. */
export function version2Path(dir: string): string {
  const d = javaFilePath(dir);
  return d === '/' ? '/version-2' : `${d}/version-2`;
}

export const snapshotFiles = (names: readonly string[]) => names.filter((n) => n.startsWith('snapshot.'));
export const logFiles = (names: readonly string[]) => names.filter((n) => n.startsWith('log.'));

/** The txn-log dir (dataLogDir, else dataDir) and the snapshot dir (dataDir) as ZooKeeper names them. */
export function dataDirs(dataDir: DirFacts | undefined, dataLogDir: DirFacts | undefined): { log?: DirFacts; snap?: DirFacts } {
  const out: { log?: DirFacts; snap?: DirFacts } = {};
  if (dataDir) out.snap = dataDir;
  const log = dataLogDir ?? dataDir;
  if (log) out.log = log;
  return out;
}

export interface EpochFile {
  name: 'currentEpoch' | 'acceptedEpoch';
  /** Path as ZooKeeper prints it. */
  zkPath: string;
  line: string | null;
  value?: bigint;
}

/** The epoch files the loader read in `dataDir`, each with its value when its first line is a Java long. */
export function epochFacts(dataDir: DirFacts, reads: readonly EpochRead[]): EpochFile[] {
  return reads.map(({ name, line }) => {
    const f: EpochFile = { name, zkPath: `${version2Path(dataDir.zkPath)}/${name}`, line };
    const n = line === null ? undefined : parseJavaLong(line);
    if (n?.ok) f.value = n.value;
    return f;
  });
}

/**
 * 3.4's Util.getZxidFromName: `Long.parseLong(part, 16)` of a `<prefix>.<part>` name (String.split
 * on '.', trailing empty pieces dropped), -1 when the name is not one. `undefined` for a name with
 * characters beyond ASCII (Java decodes file names with the platform charset: not judged here).
 */
export function zxidFromName34(name: string, prefix: string): bigint | undefined {
  if (!/^[\x20-\x7e]*$/.test(name)) return undefined;
  const parts = javaSplit(name, '.');
  if (parts.length !== 2 || parts[0] !== prefix) return -1n;
  const m = /^([+-]?)([0-9a-fA-F]+)$/.exec(parts[1] as string);
  if (!m) return -1n;
  const v = BigInt(`0x${m[2]}`) * (m[1] === '-' ? -1n : 1n);
  return v > 2n ** 63n - 1n || v < -(2n ** 63n) ? -1n : v;
}

/** What 3.4.13 finds when it opens the first transaction log it must read (FileTxnIterator). */
export type TxnLogStart34 =
  | { kind: 'short'; zkPath: string; size: number }
  | { kind: 'magic'; zkPath: string; magic: number };

