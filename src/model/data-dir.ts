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

/**
 * Why a path is `unknown` (not checked): `relative` — ZooKeeper resolves it against its working
 * directory, which is only known on the host; `absent-here` — it does not exist on this machine
 * (or under the rendered root) and zklint is not running on the host.
 */
export type Unchecked = 'relative' | 'absent-here';

export interface DirFacts {
  /** The path as ZooKeeper uses it. */
  zkPath: string;
  /** Where zklint looked for it, when it could. */
  hostPath: string | undefined;
  state: DirState;
  /** Why the state is `unreadable` (the file system's words). */
  reason?: string;
  /** Why the state is `unknown`. */
  unchecked?: Unchecked;
  /** Entry names of `<dir>/version-2`, when it exists. */
  version2?: string[];
  /** Entry names of the directory itself, when it exists. */
  entries?: string[];
}

/** Maps a path ZooKeeper will open to the path zklint can read, or says why it cannot. */
export function hostPathOf(p: Placement, zkPath: string): { hostPath?: string; unchecked?: Unchecked } {
  if (!path.isAbsolute(zkPath)) {
    if (p.onHost) return { hostPath: path.resolve(p.cwd, zkPath) };
    return { unchecked: 'relative' };
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
  const { hostPath, unchecked } = hostPathOf(p, zkPath);
  if (hostPath === undefined) return dirFacts(zkPath, hostPath, 'unknown', undefined, undefined, undefined, unchecked);
  let st;
  try {
    st = p.fs.stat(hostPath);
  } catch (e) {
    return dirFacts(zkPath, hostPath, 'unreadable', e instanceof FsError ? e.message : String(e));
  }
  if (!st) {
    if (p.onHost) return dirFacts(zkPath, hostPath, 'absent');
    return dirFacts(zkPath, hostPath, 'unknown', undefined, undefined, undefined, 'absent-here');
  }
  if (st.kind !== 'directory') return dirFacts(zkPath, hostPath, 'not-directory');
  const entries = listDir(p.fs, hostPath);
  const v2 = joinName(hostPath, 'version-2');
  const v2stat = safeStat(p.fs, v2);
  const version2 = v2stat?.kind === 'directory' ? (listDir(p.fs, v2) ?? []) : undefined;
  return dirFacts(zkPath, hostPath, 'present', undefined, version2, entries);
}

/** Every DirFacts has the same fields in the same order (absent ones undefined): one hidden class for rules to read. */
function dirFacts(
  zkPath: string,
  hostPath: string | undefined,
  state: DirState,
  reason?: string,
  version2?: string[],
  entries?: string[],
  unchecked?: Unchecked,
): DirFacts {
  return { zkPath, hostPath, state, reason, unchecked, version2, entries };
}

export function safeStat(fs: FileSystem, p: string) {
  try {
    return fs.stat(p);
  } catch {
    return undefined;
  }
}
