/** Repository-relative paths for CI formats (SARIF, GitHub, GitLab): relative to the git root, else cwd. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `dir` that holds `.git` (a folder or a worktree's file). */
export function findRepoRoot(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(cur, '.git'))) return cur;
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}

/** `file` relative to `base` in POSIX form, or undefined when it lies outside `base`. */
export function relativeTo(base: string, file: string, cwd: string): string | undefined {
  const rel = path.relative(base, path.resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Percent-encodes a relative POSIX path for a URI reference, segment by segment. */
export function encodePath(rel: string): string {
  return rel.split('/').map((s) => encodeURIComponent(s)).join('/');
}
