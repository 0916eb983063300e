/**
 * Finds the configs to lint: files are taken as given; folders are searched for zoo.cfg,
 * zookeeper.properties and *.cfg files that look like ZooKeeper configs, and for compose files and
 * Kubernetes manifests (*.yml, *.yaml) that mention a ZooKeeper image.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { UsageError } from './args.js';
import { MENTIONS_ZOOKEEPER } from '../containers/detect.js';

/** fast-glob costs tens of milliseconds to load: only pay for it when a folder is given. */
let glob: typeof import('fast-glob') | undefined;
function fastGlob(): typeof import('fast-glob') {
  glob ??= createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob');
  return glob;
}

/** Keys only a ZooKeeper server config has (also the language server's test for a *.cfg document). */
export const LOOKS_LIKE_ZK = /^[ \t\f]*(dataDir|tickTime|clientPort|initLimit|syncLimit|dynamicConfigFile|server\.\d+)[ \t\f]*[=: \t]/m;

function looksLikeZooKeeper(file: string, re = LOOKS_LIKE_ZK): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return re.test(buf.subarray(0, n).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function discover(inputs: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: fs.Stats;
    if (!fs.existsSync(abs) && /[*?[\]{}]/.test(input) && fastGlob().isDynamicPattern(input)) {
      // A quoted glob such as 'rendered/*/zoo.cfg': expand it here.
      const hits = fastGlob().sync(input, { cwd, onlyFiles: true, dot: false, suppressErrors: true }).sort();
      if (hits.length === 0) throw new UsageError(`no files match ${input}`);
      for (const h of hits) out.push(h);
      continue;
    }
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `no such file or directory: ${input}` : `cannot access ${input}: ${(e as Error).message}`);
    }
    if (!st.isDirectory()) {
      out.push(input);
      continue;
    }
    const found = fastGlob().sync(['**/zoo.cfg', '**/zookeeper.properties', '**/*.cfg', '**/*.yml', '**/*.yaml'], {
      cwd: abs,
      ignore: ['**/node_modules/**', '**/.git/**'],
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
    });
    const picked = found
      .filter((f) => {
        const base = path.basename(f);
        // Compose files and Kubernetes manifests count when they name a ZooKeeper image (or hold a zoo.cfg).
        if (/\.ya?ml$/i.test(base)) return looksLikeZooKeeper(path.join(abs, f), MENTIONS_ZOOKEEPER);
        return base === 'zoo.cfg' || base === 'zookeeper.properties' || looksLikeZooKeeper(path.join(abs, f));
      })
      .sort();
    for (const f of picked) out.push(path.join(input, f));
  }
  return [...new Set(out)];
}
