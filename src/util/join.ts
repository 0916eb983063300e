/**
 * `path.join` / `path.resolve` for the common case, absolute paths already in normal form, without
 * re-normalising them (every config costs several of these). Anything else goes to node:path.
 */
import * as path from 'node:path';

/** `//`, a `.` or `..` segment, or a trailing slash: the path needs normalising. */
const UNCLEAN = /\/\/|\/\.\.?(\/|$)|\/$/;

/** An absolute POSIX path in normal form, other than `/` (what path.posix.resolve returns unchanged). */
export function isNormalPosixAbsolute(p: string): boolean {
  return p.length > 1 && p.charCodeAt(0) === 47 && !UNCLEAN.test(p);
}

/** The same for this platform's paths (only POSIX ones take the shortcut). */
export function isCleanAbsolute(p: string): boolean {
  return path.sep === '/' && isNormalPosixAbsolute(p);
}

/** `path.join(dir, name)` for one plain entry name (no slash, not `.` or `..`). */
export function joinName(dir: string, name: string): string {
  return isCleanAbsolute(dir) ? `${dir}/${name}` : path.join(dir, name);
}

/** `path.resolve(cwd, p)`. */
export function resolveFrom(cwd: string, p: string): string {
  return isCleanAbsolute(p) ? p : path.resolve(cwd, p);
}
