/**
 * Where ZooKeeper's paths (dataDir, dataLogDir, dynamicConfigFile) are on the machine zklint runs
 * on, and the facts about what is there (read by the loader, `src/load/host-facts.ts`). Away from the server (neither `onHost` nor `root`), no path of the config is
 * read at all: a config in a repository describes servers, not the machine linting it, so the same
 * config gets the same verdict on every machine. Such paths are "not checked", with a reason code
 * (words are the rules' and the command's business).
 */
import * as path from 'node:path';
import type { FileSystem } from '../fs.js';
import { isCleanAbsolute } from '../util/join.js';

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

/** Shows a file relative to the static file's folder when it sits beside it (exported for tests). */
export function displayPathFor(staticDisplay: string, hostPath: string, zkPath: string): string {
  const dir = path.dirname(staticDisplay);
  // The usual case, both absolute and normal: what follows `dir/` is the relative path.
  if (isCleanAbsolute(dir) && isCleanAbsolute(hostPath)) {
    if (hostPath === dir) return hostPath;
    if (!hostPath.startsWith(`${dir}/`)) return zkPath;
    return hostPath.startsWith('..', dir.length + 1) ? zkPath : hostPath;
  }
  const rel = path.relative(path.resolve(dir), hostPath);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return path.join(dir, rel);
  return zkPath;
}
