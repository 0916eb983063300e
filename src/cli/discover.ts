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

/** fast-glob costs tens of milliseconds to load: only pay for it when a quoted glob is given. */
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

// The names a folder search considers: zoo.cfg and other *.cfg, zookeeper.properties, *.yml, *.yaml.
export function isCandidate(name: string): boolean {
  return name === 'zookeeper.properties' || name.endsWith('.cfg') || name.endsWith('.yml') || name.endsWith('.yaml');
}

/**
 * The regular files under `root` whose name `want`s, as paths relative to it joined with `/`, in no
 * particular order. What fast-glob lists for such patterns with `dot: false`, `followSymbolicLinks:
 * false`, `onlyFiles`, `suppressErrors` and `node_modules` ignored (test/discover.test.ts compares
 * the two on generated trees): no name starting with a dot, no symbolic link, no FIFO or socket, no
 * folder named node_modules, and a folder that cannot be read is skipped. It is this and not
 * fast-glob because loading fast-glob and the streams it needs cost a folder run ~30 ms of start-up.
 */
export function walkFolder(root: string, want: (name: string) => boolean): string[] {
  const out: string[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(rel === '' ? root : path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const name = e.name;
      if (name.charCodeAt(0) === 46 /* . */) continue;
      const sub = rel === '' ? name : `${rel}/${name}`;
      if (e.isDirectory()) {
        if (name !== 'node_modules') pending.push(sub);
      } else if (e.isFile() && want(name)) out.push(sub);
    }
  }
  return out;
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
    const found = walkFolder(abs, isCandidate);
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
