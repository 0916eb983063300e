/**
 * What FileTxnSnapLog and QuorumPeer.loadDataBase see in the data directories: the two
 * `version-2` paths as java.io.File strings, snapshot/log files by name, and the epoch files.
 */
import * as path from 'node:path';
import type { DirFacts, Placement } from './data-dir.js';
import { safeStat } from './data-dir.js';
import { parseJavaLong } from './java.js';
import { firstLine } from './myid.js';
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

const EPOCH_FILES = ['currentEpoch', 'acceptedEpoch'] as const;

/** Reads `<dataDir>/version-2/{currentEpoch,acceptedEpoch}` the way readLongFromFile does (first line, no trim). */
export function readEpochs(p: Placement, dataDir: DirFacts): EpochFile[] {
  const out: EpochFile[] = [];
  if (dataDir.hostPath === undefined || !dataDir.version2) return out;
  for (const name of EPOCH_FILES) {
    if (!dataDir.version2.includes(name)) continue;
    const host = path.join(dataDir.hostPath, 'version-2', name);
    if (safeStat(p.fs, host)?.kind !== 'file') continue;
    let bytes: Uint8Array;
    try {
      bytes = p.fs.readFile(host, 64 * 1024);
    } catch {
      continue;
    }
    const line = firstLine(bytes);
    const f: EpochFile = { name, zkPath: `${version2Path(dataDir.zkPath)}/${name}`, line };
    const n = line === null ? undefined : parseJavaLong(line);
    if (n?.ok) f.value = n.value;
    out.push(f);
  }
  return out;
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

const TXNLOG_MAGIC = 0x5a4b4c47; // "ZKLG"
const READ_LIMIT = 64 * 1024;

/**
 * 3.4.13 loading its database (FileTxnSnapLog.restore): with no snapshot that looks valid (a
 * `snapshot.<hex>` of at least 10 bytes ending in int 1 and '/'), it replays every `log.<hex>`
 * with zxid >= 0 in ascending order. Each log starts with a 16-byte header (magic "ZKLG", version,
 * dbid): a shorter file ends in EOFException, another magic in "has invalid magic number". Returns
 * the first such log, or undefined when every log opens (or zklint cannot tell: a snapshot that
 * may be valid, a log too large to read here or with transactions after its header).
 */
export function txnLogStart34(p: Placement, snapDir: DirFacts, logDir: DirFacts): TxnLogStart34 | undefined {
  if (snapDir.hostPath === undefined || logDir.hostPath === undefined || !snapDir.version2 || !logDir.version2) return undefined;
  for (const name of snapDir.version2) {
    const z = zxidFromName34(name, 'snapshot');
    if (z === undefined) return undefined;
    if (z === -1n) continue;
    const st = safeStat(p.fs, path.join(snapDir.hostPath, 'version-2', name));
    if (!st || st.kind !== 'file') return undefined;
    if (st.size < 10) continue;
    let bytes: Uint8Array;
    try {
      bytes = p.fs.readFile(path.join(snapDir.hostPath, 'version-2', name), READ_LIMIT);
    } catch {
      return undefined;
    }
    const t = bytes.subarray(bytes.length - 5);
    if (t.length === 5 && t[0] === 0 && t[1] === 0 && t[2] === 0 && t[3] === 1 && t[4] === 0x2f) return undefined;
  }
  const logs: Array<{ name: string; zxid: bigint }> = [];
  for (const name of logDir.version2) {
    const zxid = zxidFromName34(name, 'log');
    if (zxid === undefined) return undefined;
    if (zxid >= 0n) logs.push({ name, zxid });
  }
  logs.sort((a, b) => (a.zxid < b.zxid ? -1 : a.zxid > b.zxid ? 1 : 0));
  for (const { name } of logs) {
    const host = path.join(logDir.hostPath, 'version-2', name);
    const st = safeStat(p.fs, host);
    if (!st || st.kind !== 'file') return undefined;
    let bytes: Uint8Array;
    try {
      bytes = p.fs.readFile(host, READ_LIMIT);
    } catch {
      return undefined;
    }
    const zkPath = `${version2Path(logDir.zkPath)}/${name}`;
    if (bytes.length < 16) return { kind: 'short', zkPath, size: bytes.length };
    const magic = ((bytes[0] as number) << 24) | ((bytes[1] as number) << 16) | ((bytes[2] as number) << 8) | (bytes[3] as number);
    if (magic !== TXNLOG_MAGIC) return { kind: 'magic', zkPath, magic };
    // A header and then only zeros (preallocated space) holds no transaction: the next log is read.
    for (let i = 16; i < bytes.length; i++) if (bytes[i] !== 0) return undefined;
  }
  return undefined;
}
