/** Finds the workplace's shared/ folder (corpus, schemas): beside the repository, or further up. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function sharedDir(): string {
  let dir = resolve(import.meta.dirname, '../..');
  for (let i = 0; i < 4; i++) {
    const candidate = join(dirname(dir), 'shared');
    if (existsSync(join(candidate, 'corpus'))) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(resolve(import.meta.dirname, '../..')), 'shared');
}
