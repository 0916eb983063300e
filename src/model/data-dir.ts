/**
 * Where ZooKeeper's paths (dataDir, dataLogDir, dynamicConfigFile) are on the machine zklint runs
 * on, and what is there. Without `onHost`, a path that does not exist here is "not checked", never
 * an error: the config may be linted far from the server it is for.
 */
import * as path from 'node:path';
import type { FileSystem } from '../fs.js';
import { FsError } from '../fs.js';
import { joinName } from '../util/join.js';

export interface Placement {
  fs: FileSystem;
  /** Resolve absolute paths inside this rendered tree. */
  root: string | undefined;
  /** zklint runs on the ZooKeeper host: the file system is what ZooKeeper will see. */
  onHost: boolean;
  /** ZooKeeper's working directory (relative paths resolve against it); only known on the host. */
  cwd: string;
}

export type DirState = 'present' | 'absent' | 'not-directory' | 'unreadable' | 'unknown';

export interface DirFacts {
  /** The path as ZooKeeper uses it. */
  zkPath: string;
  /** Where zklint looked for it, when it could. */
  hostPath: string | undefined;
  state: DirState;
  /** Why the state is `unknown`. */
  reason?: string;
  /** Entry names of `<dir>/version-2`, when it exists. */
  version2?: string[];
  /** `<dir>/version-2` exists and is not a directory (ZooKeeper fails writing its first snapshot or log). */
  version2NotDirectory?: boolean;
  /** Entry names of the directory itself, when it exists. */
  entries?: string[];
}

/** Maps a path ZooKeeper will open to the path zklint can read, or explains why it cannot. */
export function hostPathOf(p: Placement, zkPath: string): { hostPath?: string; reason?: string } {
  if (!path.isAbsolute(zkPath)) {
    if (p.onHost) return { hostPath: path.resolve(p.cwd, zkPath) };
    return { reason: "relative path: ZooKeeper resolves it against its working directory, unknown here (use --on-host on the server)" };
  }
  return { hostPath: p.root ? path.join(p.root, zkPath) : zkPath };
}

function listDir(fs: FileSystem, dir: string): string[] | undefined {
  try {
    return fs.readDir(dir);
  } catch {
    return undefined;
  }
}

export function inspectDir(p: Placement, zkPath: string): DirFacts {
  const { hostPath, reason } = hostPathOf(p, zkPath);
  if (hostPath === undefined) return dirFacts(zkPath, hostPath, 'unknown', reason);
  let st;
  try {
    st = p.fs.stat(hostPath);
  } catch (e) {
    return dirFacts(zkPath, hostPath, 'unreadable', e instanceof FsError ? e.message : String(e));
  }
  if (!st) {
    if (p.onHost) return dirFacts(zkPath, hostPath, 'absent');
    const where = p.root ? `under --root ${p.root}` : 'on this machine';
    return dirFacts(zkPath, hostPath, 'unknown', `does not exist ${where}; not checked (use --on-host on the server, or --root for a rendered tree)`);
  }
  if (st.kind !== 'directory') return dirFacts(zkPath, hostPath, 'not-directory');
  const entries = listDir(p.fs, hostPath);
  const v2 = joinName(hostPath, 'version-2');
  const v2stat = safeStat(p.fs, v2);
  const version2 = v2stat?.kind === 'directory' ? (listDir(p.fs, v2) ?? []) : undefined;
  return dirFacts(zkPath, hostPath, 'present', undefined, version2, entries, v2stat !== undefined && v2stat !== null && v2stat.kind !== 'directory');
}

/** Every DirFacts has the same fields in the same order (absent ones undefined): one hidden class for rules to read. */
function dirFacts(
  zkPath: string,
  hostPath: string | undefined,
  state: DirState,
  reason?: string,
  version2?: string[],
  entries?: string[],
  version2NotDirectory?: boolean,
): DirFacts {
  return { zkPath, hostPath, state, reason, version2, version2NotDirectory: version2NotDirectory || undefined, entries };
}

export function safeStat(fs: FileSystem, p: string) {
  try {
    return fs.stat(p);
  } catch {
    return undefined;
  }
}
