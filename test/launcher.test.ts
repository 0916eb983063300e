/**
 * bin/zklint.cjs starts the CLI bundle with the V8 code cache made at build time (scripts/bundle.mjs):
 * the cache must be one this Node accepts, and the bundle must behave exactly like tsc's unbundled CLI.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
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
    const { wrap } = createRequire(import.meta.url)('node:module') as { wrap: (s: string) => string };
    const script = new Script(wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData: readFileSync(`${BUNDLE}.cache`) });
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

  it('validates a linter config with the precompiled validator (did-you-mean, exit 78)', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'zklint-launcher-')), 'zklint.config.json');
    writeFileSync(config, '{ "rules": { "myid-misng": "off" } }');
    const r = run('bin/zklint.cjs', ['--config', config, 'examples/missing-myid/zoo.cfg']);
    expect(r.status).toBe(78);
    expect(r.stderr).toMatch(/did you mean "myid-missing"/);
  });

  describe('in a copy of the installed layout', () => {
    /** bin/ and dist/cli/ only (the example needs no dependency), file times as after a build. */
    function install(): string {
      const root = mkdtempSync(join(tmpdir(), 'zklint-layout-'));
      cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
      cpSync(join(ROOT, 'dist/cli'), join(root, 'dist/cli'), { recursive: true });
      utimesSync(join(root, 'dist/cli/zklint.cjs'), 1000, 1000);
      utimesSync(join(root, 'dist/cli/zklint.cjs.cache'), 1001, 1001);
      return root;
    }
    const lint = (root: string) =>
      spawnSync(process.execPath, [join(root, 'bin/zklint.cjs'), ...EXAMPLE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    it('runs an edited bundle as edited, even when the edit keeps its length (V8 checks only that)', () => {
      const root = install();
      const file = join(root, 'dist/cli/zklint.cjs');
      const text = readFileSync(file, 'utf8');
      const from = 'ZooKeeper will refuse to start, printing only';
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from, from.toUpperCase()));
      expect(lint(root).stdout).toContain(from.toUpperCase());
    });

    it('runs tsc\'s unbundled CLI when it is newer than the bundle (a tsc-only build)', () => {
      const root = install();
      mkdirSync(join(root, 'dist/src/cli'), { recursive: true });
      writeFileSync(join(root, 'dist/src/cli/main.js'), "process.stdout.write('unbundled\\n');\n");
      expect(lint(root).stdout).toBe('unbundled\n');
    });
  });
});
