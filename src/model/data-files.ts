/**
 * What FileTxnSnapLog and QuorumPeer.loadDataBase see in the data directories: the two
 * `version-2` paths as java.io.File strings, snapshot/log files by name, and the epoch files.
 */
import * as path from 'node:path';
import type { DirFacts, Placement } from './data-dir.js';
import { safeStat } from './data-dir.js';
import { parseJavaLong } from './java.js';
import { firstLine } from './myid.js';

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
