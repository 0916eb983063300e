/**
 * Everything zklint reads beside a config, read once through the FileSystem seam before the model
 * is built: the dynamic file and its `.dynamic.next`, the data directories (what is in them and in
 * their `version-2`), `<dataDir>/myid` and the epoch files. The results are facts with reason codes,
 * never prose; the model (`buildModel`) turns them into ZooKeeper's view without touching a file.
 * Away from the server (neither `onHost` nor `root`), `hostPathOf` says "not checked" and nothing is read.
 */
import * as path from 'node:path';
import type { FileSystem } from '../fs.js';
import { FsError } from '../fs.js';
import { joinName } from '../util/join.js';
import { readSource, sourceFromText, type LoadProblem, type SourceFile } from './source.js';
import { hostPathOf, displayPathFor, type DirFacts, type NotChecked, type Placement } from '../model/data-dir.js';
import type { ConfigFile } from '../model/config-file.js';
import { atLeast, type ZkVersion } from '../model/version.js';
import { version2Path, zxidFromName34, type TxnLogStart34 } from '../model/data-files.js';

/** `<dataDir>/myid` as the file system shows it; the model parses `firstLine`. */
export type MyIdRead =
  | { state: 'no-data-dir'; zkPath?: string; notChecked: NotChecked | 'no-data-dir' }
  | { state: 'will-be-created'; zkPath: string }
  | { state: 'missing' | 'directory'; zkPath: string; hostPath: string }
  | { state: 'unreadable'; zkPath: string; hostPath: string; reason: string }
  | { state: 'read'; zkPath: string; hostPath: string; firstLine: string | null };

/** The dynamic file named by `dynamicConfigFile` (3.5+): where it is and what reading it gave. */
export interface DynamicRead {
  zkPath: string;
  hostPath?: string;
  notChecked?: NotChecked;
  source?: SourceFile;
  problem?: LoadProblem;
}

/** The first line of `<dataDir>/version-2/{currentEpoch,acceptedEpoch}` (readLongFromFile: no trim). */
export interface EpochRead {
  name: 'currentEpoch' | 'acceptedEpoch';
  line: string | null;
}

export interface HostFacts {
  dynamic: DynamicRead | undefined;
  /** `<static path>.dynamic.next`, read when the dynamic file was. */
  next: SourceFile | undefined;
  dataDir: DirFacts | undefined;
  dataLogDir: DirFacts | undefined;
  myid: MyIdRead;
  epochs: readonly EpochRead[];
  /** 3.4 only: the first transaction log 3.4.13 would fail to open while loading its database. */
  txnLogStart34: TxnLogStart34 | undefined;
}

export interface HostOptions extends Placement {
  version: ZkVersion;
  maxFileBytes?: number;
}

const MAX_SMALL_FILE_BYTES = 64 * 1024;

/** Reads what the static config `file` points at (its `source` is the config text already read). */
export function loadHostFacts(file: ConfigFile, opts: HostOptions): HostFacts {
  const eff = file.effective;
  const dynOcc = atLeast(opts.version, '3.5') ? eff.get('dynamicConfigFile') : undefined;
  const dynamic = dynOcc ? readDynamic(file.source.path, dynOcc.value, opts) : undefined;
  const next = dynamic?.source ? readNext(file.source, opts) : undefined;
  const dataDirValue = eff.get('dataDir')?.value;
  const dataLogDirValue = eff.get('dataLogDir')?.value;
  // 3.5+ crashes on a value shorter than 2 (data-dir-too-short) before using it. 3.4 uses any value;
  // an empty one is java.io.File's empty path, whose children resolve under "/" (`/myid`).
  const dirOf = (v: string | undefined) =>
    v === undefined ? undefined : v.length >= 2 ? inspectDir(opts, v) : opts.version === '3.4' ? inspectDir(opts, v === '' ? '/' : v) : undefined;
  const dataDir = dirOf(dataDirValue);
  const dataLogDir = dirOf(dataLogDirValue);
  // Only 3.4 replays its transaction logs in a way a header can break before it serves.
  const txnLogStart34 = opts.version === '3.4' && dataDir ? readTxnLogStart34(opts.fs, dataDir, dataLogDir ?? dataDir) : undefined;
  return { dynamic, next, dataDir, dataLogDir, myid: readMyIdFile(opts.fs, dataDir), epochs: dataDir ? readEpochs(opts.fs, dataDir) : [], txnLogStart34 };
}

/** No file beside the config is read (text linted on its own, or a model built in a test). */
export function noHostFacts(): HostFacts {
  return { dynamic: undefined, next: undefined, dataDir: undefined, dataLogDir: undefined, myid: { state: 'no-data-dir', notChecked: 'no-data-dir' }, epochs: [], txnLogStart34: undefined };
}

function readDynamic(staticDisplay: string, zkPath: string, opts: HostOptions): DynamicRead {
  const { hostPath, notChecked } = hostPathOf(opts, zkPath);
  if (hostPath === undefined) return { zkPath, notChecked };
  const display = displayPathFor(staticDisplay, hostPath, zkPath);
  const read = readSource(opts.fs, display, hostPath, opts.maxFileBytes);
  // A binary or UTF-16 dynamic file is still text to ZooKeeper (ISO-8859-1): it is read as such,
  // and what its keys are decides what ZooKeeper does (most often "Unrecognised parameter").
  if (read.problem?.text !== undefined) return { zkPath, hostPath, source: sourceFromText(display, read.problem.text) };
  return read.problem ? { zkPath, hostPath, problem: read.problem } : { zkPath, hostPath, source: read.source };
}

function readNext(source: SourceFile, opts: HostOptions): SourceFile | undefined {
  if (source.path.startsWith('<')) return undefined; // text given in memory: no location
  const hostPath = path.resolve(opts.cwd, `${source.path}.dynamic.next`);
  return readSource(opts.fs, `${source.path}.dynamic.next`, hostPath, opts.maxFileBytes).source;
}

function listDir(fs: FileSystem, dir: string): string[] | undefined {
  try {
    return fs.readDir(dir);
  } catch {
    return undefined;
  }
}

function safeStat(fs: FileSystem, p: string) {
  try {
    return fs.stat(p);
  } catch {
    return undefined;
  }
}

export function inspectDir(p: Placement, zkPath: string): DirFacts {
  if (zkPath.includes('\0')) return dirFacts(zkPath, undefined, 'invalid-path');
  const { hostPath, notChecked } = hostPathOf(p, zkPath);
  if (hostPath === undefined) return dirFacts(zkPath, hostPath, 'unknown', notChecked);
  let st;
  try {
    st = p.fs.stat(hostPath);
  } catch (e) {
    return dirFacts(zkPath, hostPath, 'unreadable', undefined, e instanceof FsError ? e.message : String(e));
  }
  if (!st) {
    if (p.onHost) return dirFacts(zkPath, hostPath, 'absent');
    return dirFacts(zkPath, hostPath, 'unknown', 'absent-in-root');
  }
  if (st.kind !== 'directory') return dirFacts(zkPath, hostPath, 'not-directory');
  const entries = listDir(p.fs, hostPath);
  const v2 = joinName(hostPath, 'version-2');
  const v2stat = safeStat(p.fs, v2);
  const version2 = v2stat?.kind === 'directory' ? (listDir(p.fs, v2) ?? []) : undefined;
  return dirFacts(zkPath, hostPath, 'present', undefined, undefined, version2, entries, v2stat !== undefined && v2stat !== null && v2stat.kind !== 'directory');
}

/** Every DirFacts has the same fields in the same order (absent ones undefined): one hidden class for rules to read. */
function dirFacts(
  zkPath: string,
  hostPath: string | undefined,
  state: DirFacts['state'],
  notChecked?: NotChecked,
  reason?: string,
  version2?: string[],
  entries?: string[],
  version2NotDirectory?: boolean,
): DirFacts {
  return { zkPath, hostPath, state, notChecked, reason, version2, version2NotDirectory: version2NotDirectory || undefined, entries };
}

/** `<dataDir>/myid`, read only where the data directory is present and readable. */
function readMyIdFile(fs: FileSystem, dataDir: DirFacts | undefined): MyIdRead {
  if (!dataDir) return { state: 'no-data-dir', notChecked: 'no-data-dir' };
  const zkPath = joinName(dataDir.zkPath, 'myid');
  if (dataDir.state === 'absent') return { state: 'will-be-created', zkPath };
  if (dataDir.state !== 'present' || dataDir.hostPath === undefined) return { state: 'no-data-dir', zkPath, notChecked: dataDir.notChecked ?? 'no-data-dir' };
  const hostPath = joinName(dataDir.hostPath, 'myid');
  const st = safeStat(fs, hostPath);
  if (!st || (st.kind !== 'file' && st.kind !== 'directory')) return { state: 'missing', zkPath, hostPath };
  if (st.kind === 'directory') return { state: 'directory', zkPath, hostPath };
  let bytes: Uint8Array;
  try {
    bytes = fs.readFile(hostPath, MAX_SMALL_FILE_BYTES);
  } catch (e) {
    return { state: 'unreadable', zkPath, hostPath, reason: e instanceof FsError ? e.message : String(e) };
  }
  return { state: 'read', zkPath, hostPath, firstLine: firstLine(bytes) };
}

const EPOCH_FILES = ['currentEpoch', 'acceptedEpoch'] as const;

function readEpochs(fs: FileSystem, dataDir: DirFacts): EpochRead[] {
  const out: EpochRead[] = [];
  if (dataDir.hostPath === undefined || !dataDir.version2) return out;
  for (const name of EPOCH_FILES) {
    if (!dataDir.version2.includes(name)) continue;
    const host = path.join(dataDir.hostPath, 'version-2', name);
    if (safeStat(fs, host)?.kind !== 'file') continue;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(host, MAX_SMALL_FILE_BYTES);
    } catch {
      continue;
    }
    out.push({ name, line: firstLine(bytes) });
  }
  return out;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

/** BufferedReader.readLine on UTF-8 bytes: the first line (terminators `\n`, `\r\n`, `\r`); `null` for no bytes. */
export function firstLine(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  // A myid is a few ASCII digits: those bytes are their own UTF-8 decoding.
  const text =
    bytes.length <= 64 && isAscii(bytes)
      ? String.fromCharCode.apply(null, bytes as unknown as number[])
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const cut = text.search(/[\r\n]/);
  return cut < 0 ? text : text.slice(0, cut);
}

const TXNLOG_MAGIC = 0x5a4b4c47; // "ZKLG"
const READ_LIMIT = 64 * 1024;

/**
 * 3.4.13 loading its database (FileTxnSnapLog.restore): with no snapshot that looks valid (a
 * `snapshot.<hex>` of at least 10 bytes ending in int 1 and '/'), it replays every `log.<hex>`
 * with zxid >= 0 in ascending order. Each log starts with a 16-byte header (magic "ZKLG", version,
 * dbid): a shorter file ends in EOFException, another magic in "has invalid magic number". Returns
 * the first such log (read here, once, through the file-system seam), or undefined when every log opens (or zklint cannot tell: a snapshot that
 * may be valid, a log too large to read here or with transactions after its header).
 */
function readTxnLogStart34(fs: FileSystem, snapDir: DirFacts, logDir: DirFacts): TxnLogStart34 | undefined {
  if (snapDir.hostPath === undefined || logDir.hostPath === undefined || !snapDir.version2 || !logDir.version2) return undefined;
  for (const name of snapDir.version2) {
    const z = zxidFromName34(name, 'snapshot');
    if (z === undefined) return undefined;
    if (z === -1n) continue;
    const st = safeStat(fs, path.join(snapDir.hostPath, 'version-2', name));
    if (!st || st.kind !== 'file') return undefined;
    if (st.size < 10) continue;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(path.join(snapDir.hostPath, 'version-2', name), READ_LIMIT);
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
    const st = safeStat(fs, host);
    if (!st || st.kind !== 'file') return undefined;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(host, READ_LIMIT);
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
