/**
 * bin/zklint (the sh launcher) finds bin/zklint.cjs in the layouts npm makes, with shell built-ins
 * only: start-up is measured against `node -e 0` (npm run bench), and each readlink or dirname would
 * be one more program started per run. Other symbolic links are still followed (with readlink).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/meta.js';

const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'zklint-layouts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Only Node on PATH: the launcher can start no readlink, dirname or other program (sh comes from the #! line).
const nodeBin = join(tmp, 'node-only');
mkdirSync(nodeBin);
symlinkSync(process.execPath, join(nodeBin, 'node'));
const NODE_ONLY = { PATH: nodeBin, HOME: tmp };
const run = (cmd: string, env: Record<string, string> = NODE_ONLY, cwd = tmp) => {
  const r = spawnSync(cmd, ['--version'], { cwd, env, encoding: 'utf8' });
  return { out: String(r.stdout).trim(), err: String(r.stderr) };
};

describe('bin/zklint finds its zklint.cjs', () => {
  it('through npm\'s project link node_modules/.bin/zklint, with no program but node on PATH', () => {
    const nm = join(tmp, 'project', 'node_modules');
    mkdirSync(join(nm, '.bin'), { recursive: true });
    symlinkSync(ROOT, join(nm, 'zklint'));
    symlinkSync('../zklint/bin/zklint', join(nm, '.bin', 'zklint'));
    expect(run(join(nm, '.bin', 'zklint'))).toEqual({ out: VERSION, err: '' });
    expect(run('./zklint', NODE_ONLY, join(nm, '.bin'))).toEqual({ out: VERSION, err: '' });
  });

  it('through a global install\'s <prefix>/bin/zklint, with no program but node on PATH', () => {
    const prefix = join(tmp, 'prefix');
    mkdirSync(join(prefix, 'bin'), { recursive: true });
    mkdirSync(join(prefix, 'lib', 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(prefix, 'lib', 'node_modules', 'zklint'));
    symlinkSync('../lib/node_modules/zklint/bin/zklint', join(prefix, 'bin', 'zklint'));
    expect(run(join(prefix, 'bin', 'zklint'))).toEqual({ out: VERSION, err: '' });
    expect(run('zklint', { ...NODE_ONLY, PATH: `${join(prefix, 'bin')}:${NODE_ONLY.PATH}` })).toEqual({ out: VERSION, err: '' });
  });

  it('directly, and through other links (relative, chained) with readlink', () => {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp };
    expect(run(join(ROOT, 'bin', 'zklint'), env)).toEqual({ out: VERSION, err: '' });
    const other = join(tmp, 'other');
    mkdirSync(other);
    symlinkSync(join(ROOT, 'bin', 'zklint'), join(other, 'zl'));
    symlinkSync('zl', join(other, 'zl2'));
    expect(run(join(other, 'zl2'), env)).toEqual({ out: VERSION, err: '' });
    expect(run('./zl2', env, other)).toEqual({ out: VERSION, err: '' });
    const viaSh = spawnSync('sh', ['zl2', '--version'], { cwd: other, env, encoding: 'utf8' });
    expect(String(viaSh.stdout).trim()).toBe(VERSION);
  });
});
