/**
 * `.zklintignore` in the current folder: gitignore syntax (the `ignore` package, loaded only when
 * the file exists), patterns relative to that folder. Files outside it are never ignored by it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { UsageError } from './args.js';

export const IGNORE_FILE = '.zklintignore';

/** The matcher of `<cwd>/.zklintignore`, or undefined when there is none. */
export function loadIgnoreFile(cwd: string, maxBytes = 1 << 20): ((file: string) => boolean) | undefined {
  const file = path.join(cwd, IGNORE_FILE);
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (!st.isFile()) throw new UsageError(`${IGNORE_FILE} is not a regular file`);
  if (st.size > maxBytes) throw new UsageError(`${IGNORE_FILE} is larger than ${maxBytes} bytes`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${IGNORE_FILE}: ${(e as Error).message}`);
  }
  type Ignore = (options?: { allowRelativePaths?: boolean }) => { add(patterns: string): { ignores(p: string): boolean } };
  const ignore = createRequire(import.meta.url)('ignore') as Ignore;
  const matcher = ignore().add(text);
  return (f: string) => {
    const rel = path.relative(cwd, path.resolve(cwd, f));
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return matcher.ignores(rel.split(path.sep).join('/'));
  };
}
