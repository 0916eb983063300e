/**
 * What FileTxnSnapLog and QuorumPeer.loadDataBase see in the data directories: the two
 * `version-2` paths as java.io.File strings, snapshot/log files by name, and the epoch files.
 */
import type { DirFacts } from './data-dir.js';
import { parseJavaLong } from './java.js';
import type { EpochRead } from '../load/host-facts.js';

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
