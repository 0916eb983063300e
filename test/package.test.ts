/**
 * The package as users get it: `npm pack` of this repository (after `npm run build`, which
 * `npm test` runs first), installed into an empty project, then used the four ways users do:
 * `import`, `require`, TypeScript with `--strict`, and `npx zklint`.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';
let project = '';
let manifest: Record<string, any> = {};
let packedFiles: string[] = [];

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' }, ...opts });
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zklint-package-'));
  // The build is npm test's first step; packing without scripts tests exactly that build.
  const pack = sh(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT });
  expect(pack.code, pack.stderr).toBe(0);
  const info = JSON.parse(pack.stdout)[0] as { filename: string; files: Array<{ path: string }> };
  packedFiles = info.files.map((f) => f.path);
  project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  // Dependencies come from npm's cache when it has them (CI installed them with npm ci).
  const install = sh(npm, ['install', '--prefer-offline', '--no-package-lock', join(dir, info.filename)]);
  expect(install.code, install.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(project, 'node_modules/zklint/package.json'), 'utf8'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('has no install-time scripts, a LICENSE, and where to find the project', () => {
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?install$|^prepare$/.test(s))).toEqual([]);
    expect(packedFiles).toContain('LICENSE');
    expect(manifest.license).toBe('Apache-2.0');
    expect(manifest.repository?.url).toMatch(/zklint/);
    expect(manifest.homepage).toMatch(/^https:/);
    expect(manifest.bugs?.url).toMatch(/^https:/);
    // Nothing of the development tree: no tests, sources or fixtures.
    expect(packedFiles.filter((f) => /^(test|fixtures|src|bench)\//.test(f))).toEqual([]);
  });

  it('import works (ES module)', () => {
    const r = sh(process.execPath, ['--input-type=module', '-e', "import { lintText, VERSION, rules } from 'zklint'; const [f] = lintText('tickTime=oops\\n', { filePath: 'zoo.cfg' }); console.log(VERSION, rules.length > 10, f.diagnostics.some((d) => d.ruleId === 'invalid-integer'));"]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`${manifest.version} true true`);
  });

  it('require works (CommonJS), including the lazily loaded parts (formatters, linter config)', async () => {
    const script = `
      const z = require('zklint');
      const fs = require('fs');
      fs.writeFileSync('zklint.config.json', '{"rules":{"unknown-key":"error"}}');
      fs.writeFileSync('zoo.cfg', 'tickTime=2000\\ntickTme=3\\n');
      const r = z.lintFiles(['zoo.cfg'], {});
      z.loadFormatter('sarif').then((f) => {
        const log = JSON.parse(f(r, { cwd: process.cwd(), color: false, getSource: () => undefined }));
        console.log(typeof z.lintText, log.version, r.results[0].diagnostics.map((d) => d.ruleId).includes('unknown-key'));
      });`;
    const r = sh(process.execPath, ['-e', script]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function 2.1.0 true');
  });

  it('one copy of the library loads under require (no ES module twin behind a dynamic import)', () => {
    const r = sh(process.execPath, ['-e', "require('zklint'); const seen = Object.keys(require.cache).filter((f) => f.includes('zklint')); console.log(seen.map((f) => require('path').basename(f)).join(','));"]);
    expect(r.stdout.trim()).toBe('index.cjs');
  });

  it('types check with tsc --strict for both import and require', () => {
    writeFileSync(
      join(project, 'esm.mts'),
      "import { lintText, type Diagnostic, type LintOptions } from 'zklint';\nconst o: LintOptions = { zkVersion: '3.8' };\nconst d: Diagnostic[] = lintText('tickTime=2000\\n', { ...o, filePath: 'zoo.cfg' })[0]!.diagnostics;\nexport const n: number = d.length;\n",
    );
    writeFileSync(
      join(project, 'cjs.cts'),
      "import zklint = require('zklint');\nconst d: zklint.Diagnostic[] = zklint.lintText('tickTime=2000\\n', { filePath: 'zoo.cfg' })[0]!.diagnostics;\nexport const n: number = d.length;\n",
    );
    writeFileSync(
      join(project, 'bad.mts'),
      "import { lintText } from 'zklint';\nexport const n: string = lintText('x', { filePath: 'zoo.cfg' });\n",
    );
    const base = ['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules/@types')];
    // One run: the good files type-check, and the types are real (the wrong use in bad.mts fails).
    const r = sh(process.execPath, [TSC, ...base, 'esm.mts', 'cjs.cts', 'bad.mts']);
    const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
    expect(errors.filter((l) => !l.startsWith('bad.mts')), r.stdout + r.stderr).toEqual([]);
    expect(errors.join('\n')).toMatch(/^bad\.mts\(2,\d+\): error TS2322/);
    expect(r.code).not.toBe(0);
  }, 300_000);

  it('npx zklint lints the example (exit 1: it has errors)', () => {
    cpSync(join(ROOT, 'examples/missing-myid'), join(project, 'example'), { recursive: true });
    const r = sh(npm, ['exec', '--no', '--', 'zklint', '--root', 'example', '--format', 'json', 'example/zoo.cfg']);
    expect(r.code).toBe(1);
    const ids = (JSON.parse(r.stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string }> }> }).results.flatMap((x) => x.diagnostics.map((d) => d.ruleId));
    expect(ids).toContain('myid-missing');
    expect(readdirSync(join(project, 'node_modules/.bin'))).toContain('zklint');
  });
});
