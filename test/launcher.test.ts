/**
 * bin/zklint.cjs starts the CLI bundle with the V8 code cache made at build time (scripts/bundle.mjs):
 * the cache must be one this Node accepts, and the bundle must behave exactly like tsc's unbundled CLI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/cli/zklint.cjs');
const EXAMPLE = ['--root', 'examples/missing-myid', '--fault-tolerance', '4', 'examples/missing-myid/zoo.cfg'];
const run = (entry: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, entry), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('bin/zklint.cjs', () => {
  it('the build made a code cache that this Node accepts for the bundle', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    const id = /^\/\/zklint-build:([0-9a-f]+)\n/.exec(text)?.[1];
    expect(id).toBeDefined();
    // The bundle is the CommonJS function itself: compiled as it is read, with no wrapper added.
    expect(text.slice(text.indexOf('\n') + 1)).toMatch(/^\(function \(exports, require, module, __filename, __dirname\) \{[^]*\n\}\)$/);
    const cache = readFileSync(`${BUNDLE}.cache`);
    // The id line is padded to 40 bytes, so the data after it starts on an 8-byte boundary (V8 copies it otherwise).
    const head = cache.subarray(0, 40).toString('latin1');
    expect(head).toBe(`${(id as string).padEnd(39, ' ')}\n`);
    const script = new Script(text, { filename: BUNDLE, cachedData: cache.subarray(40) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it.each([[[]], [['--format', 'json']], [['--format', 'sarif']], [['--format', 'junit']]])('prints what the unbundled CLI prints (%j)', (extra) => {
    const bundled = run('bin/zklint.cjs', [...EXAMPLE, ...extra]);
    const plain = run('dist/src/cli/main.js', [...EXAMPLE, ...extra]);
    expect(bundled.status).toBe(1);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(plain.stdout);
    expect(bundled.status).toBe(plain.status);
  });

  it('a start loads no built-in module it does not use, and the bundle is pure ASCII', () => {
    // Start-up is measured against `node -e 0` (npm run bench): node:crypto, node:net, node:tty and
    // Node's stdout stream (node:stream) each cost milliseconds, and are needed only to write a file,
    // to colour a terminal, or for the language server. A non-ASCII character makes V8 hold the
    // whole bundle as two bytes a character.
    for (const out of ['ignore', 'pipe'] as const) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/zklint.cjs'), ...EXAMPLE], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', out, 'pipe'],
        env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'module' },
      });
      expect(r.status).toBe(1);
      const builtins = new Set([...r.stderr.matchAll(/load built-in module (\S+)/g)].map((m) => m[1]));
      expect(builtins.has('node:fs')).toBe(true); // the log is there
      for (const heavy of ['node:crypto', 'node:net', 'node:tty', 'node:stream', 'node:child_process']) expect(builtins.has(heavy), heavy).toBe(false);
    }
    expect(/[^\x00-\x7f]/.test(readFileSync(BUNDLE, 'latin1'))).toBe(false);
  });

  it('validates a linter config with the precompiled validator (did-you-mean, exit 78)', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'zklint-launcher-')), 'zklint.config.json');
    writeFileSync(config, '{ "rules": { "myid-misng": "off" } }');
    const r = run('bin/zklint.cjs', ['--config', config, 'examples/missing-myid/zoo.cfg']);
    expect(r.status).toBe(78);
    expect(r.stderr).toMatch(/did you mean "myid-missing"/);
  });

  describe('in a copy of the installed layout', () => {
    /** bin/ and dist/cli/ (the example needs no dependency); `checkout` adds src/cli/main.ts (a source checkout). */
    function install(checkout = false): string {
      const root = mkdtempSync(join(tmpdir(), 'zklint-layout-'));
      cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'dist/cli'), join(root, 'dist/cli'), { recursive: true });
      if (checkout) {
        mkdirSync(join(root, 'src/cli'), { recursive: true });
        writeFileSync(join(root, 'src/cli/main.ts'), '');
      }
      utimesSync(join(root, 'dist/cli/zklint.cjs'), 1000, 1000);
      utimesSync(join(root, 'dist/cli/zklint.cjs.cache'), 1001, 1001);
      return root;
    }
    const lint = (root: string) =>
      spawnSync(process.execPath, [join(root, 'bin/zklint.cjs'), ...EXAMPLE], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ZKLINT_DEBUG_START: '1' },
      });
    const from = 'ZooKeeper will refuse to start, printing only';
    /** The bundle with a same-length edit (V8 checks only the length of a cache's source). */
    function edit(root: string, id?: string) {
      const file = join(root, 'dist/cli/zklint.cjs');
      let text = readFileSync(file, 'utf8');
      expect(text).toContain(from);
      text = text.replace(from, from.toUpperCase());
      if (id !== undefined) text = text.replace(/^\/\/zklint-build:[0-9a-f]+/, `//zklint-build:${id}`);
      writeFileSync(file, text);
    }

    it('installed: takes the bundle with its code cache whatever the file times (npm gives all the install time)', () => {
      const root = install();
      mkdirSync(join(root, 'dist/src/cli'), { recursive: true });
      writeFileSync(join(root, 'dist/src/cli/main.js'), "process.stdout.write('unbundled\\n');\n");
      utimesSync(join(root, 'dist/cli/zklint.cjs.cache'), 999, 999); // older than the bundle
      const r = lint(root);
      expect(r.stderr).toContain('zklint start: bundle, code cache\n');
      expect(r.stdout).toContain(from);
    });

    it('installed: a code cache made for another build is not used (the build ids differ)', () => {
      const root = install();
      edit(root, 'f'.repeat(32));
      const r = lint(root);
      expect(r.stderr).toContain('zklint start: bundle, no code cache');
      expect(r.stdout).toContain(from.toUpperCase());
    });

    it('checkout: runs a bundle edited by hand as edited, even when the edit keeps its length', () => {
      const root = install(true);
      edit(root);
      utimesSync(join(root, 'dist/cli/zklint.cjs'), 2000, 2000);
      expect(lint(root).stdout).toContain(from.toUpperCase());
    });

    it('checkout: a bundle edited by hand to hold non-ASCII text is read as UTF-8', () => {
      const root = install(true);
      const file = join(root, 'dist/cli/zklint.cjs');
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, `${from} \u00e9\u2192`));
      utimesSync(file, 2000, 2000);
      expect(lint(root).stdout).toContain(`${from} \u00e9\u2192`);
    });

    it('checkout: runs tsc\'s unbundled CLI when it is newer than the bundle (a tsc-only build)', () => {
      const root = install(true);
      mkdirSync(join(root, 'dist/src/cli'), { recursive: true });
      writeFileSync(join(root, 'dist/src/cli/main.js'), "process.stdout.write('unbundled\\n');\n");
      expect(lint(root).stdout).toBe('unbundled\n');
    });

    it('a bundle without a build id is not run (tsc\'s CLI is)', () => {
      const root = install();
      const file = join(root, 'dist/cli/zklint.cjs');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^\/\/zklint-build:[^\n]*\n/, ''));
      mkdirSync(join(root, 'dist/src/cli'), { recursive: true });
      writeFileSync(join(root, 'dist/src/cli/main.js'), "process.stdout.write('unbundled\\n');\n");
      expect(lint(root).stdout).toBe('unbundled\n');
    });
  });
});
