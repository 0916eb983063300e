/**
 * Where ZooKeeper's paths (dataDir, dataLogDir, dynamicConfigFile) are on the machine zklint runs
 * on, and what is there. Away from the server (neither `onHost` nor `root`), no path of the config is
 * read at all: a config in a repository describes servers, not the machine linting it, so the same
 * config gets the same verdict on every machine. Such paths are "not checked", with a reason code
 * (words are the rules' and the command's business).
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

/** `invalid-path`: a NUL in the path makes java.io.File invalid (exists() false, mkdirs() fails), on every machine. */
export type DirState = 'present' | 'absent' | 'not-directory' | 'invalid-path' | 'unreadable' | 'unknown';

/**
 * Why a path was not checked: `relative-path` (ZooKeeper resolves it against a working directory
 * known only on the server), `off-host` (an absolute path of the server; this machine's file of that
 * name says nothing about it), `absent-in-root` (not in the rendered tree).
 */
export type NotChecked = 'relative-path' | 'off-host' | 'absent-in-root';

export interface DirFacts {
  /** The path as ZooKeeper uses it. */
  zkPath: string;
  /** Where zklint looked for it, when it could. */
  hostPath: string | undefined;
  state: DirState;
  /** Why the state is `unknown`. */
  notChecked?: NotChecked;
  /** The system's words when the state is `unreadable`. */
  reason?: string;
  /** Entry names of `<dir>/version-2`, when it exists. */
  version2?: string[];
  /** `<dir>/version-2` exists and is not a directory (ZooKeeper fails writing its first snapshot or log). */
  version2NotDirectory?: boolean;
  /** Entry names of the directory itself, when it exists. */
  entries?: string[];
}

/** Maps a path ZooKeeper will open to the path zklint can read, or explains why it cannot. */
export function hostPathOf(p: Placement, zkPath: string): { hostPath?: string; notChecked?: NotChecked } {
  if (!path.isAbsolute(zkPath)) {
    if (p.onHost) return { hostPath: path.resolve(p.cwd, zkPath) };
    return { notChecked: 'relative-path' };
  }
  // Inside the root, as a chroot: `..` stops at the root (links are the file system's business, see rootedFileSystem).
  if (p.root) return { hostPath: path.join(p.root, path.posix.resolve('/', zkPath)) };
  if (p.onHost) return { hostPath: zkPath };
  return { notChecked: 'off-host' };
}

function listDir(fs: FileSystem, dir: string): string[] | undefined {
  try {
    return fs.readDir(dir);
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
  state: DirState,
  notChecked?: NotChecked,
  reason?: string,
  version2?: string[],
  entries?: string[],
  version2NotDirectory?: boolean,
): DirFacts {
  return { zkPath, hostPath, state, notChecked, reason, version2, version2NotDirectory: version2NotDirectory || undefined, entries };
}

export function safeStat(fs: FileSystem, p: string) {
  try {
    return fs.stat(p);
  } catch {
    return undefined;
  }
}
