/** Finds the linter config for a file without loading anything heavy (cold start stays cheap). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from './schema.js';

/** zklint.config.json or .zklintrc.json at or above `dir`, stopping at the repository root (a folder with .git). */
export function findConfigFile(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = path.join(cur, name);
      if (fs.existsSync(p)) return p;
    }
    if (fs.existsSync(path.join(cur, '.git'))) return undefined;
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}
