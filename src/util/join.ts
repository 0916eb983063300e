/**
 * `path.join` / `path.resolve` for the common case, absolute paths already in normal form, without
 * re-normalising them (every config costs several of these). Anything else goes to node:path.
 */
import * as path from 'node:path';

/** `//`, a `.` or `..` segment, or a trailing slash: the path needs normalising. */
const UNCLEAN = /\/\/|\/\.\.?(\/|$)|\/$/;

/** An absolute POSIX path in normal form (what path.resolve would return unchanged). */
export function isCleanAbsolute(p: string): boolean {
  return path.sep === '/' && p.length > 1 && p.charCodeAt(0) === 47 && !UNCLEAN.test(p);
}

/** `path.join(dir, name)` for one plain entry name (no slash, not `.` or `..`). */
export function joinName(dir: string, name: string): string {
  return isCleanAbsolute(dir) ? `${dir}/${name}` : path.join(dir, name);
}

/** `path.resolve(cwd, p)`. */
export function resolveFrom(cwd: string, p: string): string {
  return isCleanAbsolute(p) ? p : path.resolve(cwd, p);
}
