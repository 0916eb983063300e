/**
 * No argument can become a Node option. Node 20 reads its own --env-file even after the script
 * name, so `zklint --env-file java.env` once made Node load the linted file as dotenv and apply a
 * NODE_OPTIONS=--require in it (code execution). bin/zklint (the installed command, a shell
 * script) hands the arguments to bin/zklint.cjs through the environment and clears NODE_OPTIONS;
 * bin/zklint.cjs refuses Node options. Tested through the real shebang and an installed tarball.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const SHIM = join(ROOT, 'bin/zklint');
const CONFIG = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\n';

/** A folder with a config and an "evil" module that leaves a PWNED file when it is loaded. */
function workspace(envText: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zklint-argv-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'zoo.cfg'), CONFIG);
  writeFileSync(join(dir, 'evil.cjs'), 'require("fs").writeFileSync(require("path").join(__dirname, "PWNED"), "")\n');
  writeFileSync(join(dir, 'evil.mjs'), 'import { writeFileSync } from "node:fs"; writeFileSync(new URL("./PWNED", import.meta.url), "");\n');
  writeFileSync(join(dir, 'java.env'), envText);
  return dir;
}

function runIn(dir: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...env }, timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, pwned: existsSync(join(dir, 'PWNED')) };
}

const ENV_FILES = [
  'NODE_OPTIONS="--require ./evil.cjs"\n',
  'export NODE_OPTIONS="--require ./evil.cjs"\n',
  "NODE_OPTIONS='--require ./evil.cjs'\n",
  'NODE_OPTIONS="--require=./evil.cjs" # a comment\n',
  'NODE_OPTIONS="--import ./evil.mjs"\nSERVER_JVMFLAGS="-Dzookeeper.snapCount=0"\n',
];

describe('bin/zklint through its shebang', () => {
  it.each(ENV_FILES)('a linted env file is parsed, never loaded by Node: %j', (text) => {
    const dir = workspace(text);
    for (const flag of ['--env-file', '--java-env']) {
      const r = runIn(dir, SHIM, [flag, 'java.env', 'zoo.cfg']);
      expect(r.pwned, r.out).toBe(false);
      expect(r.code, r.out).toBe(0);
    }
    const r = runIn(dir, SHIM, ['--env-file=java.env', 'zoo.cfg']);
    expect(r.pwned, r.out).toBe(false);
  });

  it.each([
    ['--env-file-if-exists', 'java.env'],
    ['--env-file-if-exists=java.env'],
    ['--experimental-config-file', 'node.config.json'],
    ['--require', './evil.cjs'],
    ['--require=./evil.cjs'],
    ['-r', './evil.cjs'],
    ['--import', './evil.mjs'],
    ['--import=./evil.mjs'],
    ['--experimental-loader', './evil.mjs'],
    ['--loader=./evil.mjs'],
    ['--inspect'],
    ['--inspect-brk=0'],
    ['--experimental-default-config-file'],
  ])('Node options given to zklint are zklint usage errors, never Node options: %j', (...flag) => {
    const dir = workspace('');
    writeFileSync(join(dir, 'node.config.json'), '{ "nodeOptions": { "require": ["./evil.cjs"] } }');
    const r = runIn(dir, SHIM, [...flag, 'zoo.cfg']);
    expect(r.pwned, r.out).toBe(false);
    expect(r.out).not.toMatch(/Debugger listening/);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toMatch(/^zklint: unknown option/m);
  });

  it('a NODE_OPTIONS in the environment does not reach the Node that runs zklint', () => {
    const dir = workspace('');
    const r = runIn(dir, SHIM, ['zoo.cfg'], { NODE_OPTIONS: `--require ${join(dir, 'evil.cjs')}` });
    expect(r.pwned, r.out).toBe(false);
    expect(r.code, r.out).toBe(0);
  });

  it('a missing env file is zklint\'s usage error, not Node\'s', () => {
    const dir = workspace('');
    const r = runIn(dir, SHIM, ['--env-file', 'nope.env', 'zoo.cfg']);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toMatch(/^zklint: .*nope\.env/m);
  });

  it('passes arguments exactly: spaces, quotes, newlines, $(...)', () => {
    const dir = workspace('');
    const odd = 'a b\n"c" $(touch PWNED) `touch PWNED` \'d\'';
    const r = runIn(dir, SHIM, ['--stdin', '--stdin-filename', odd, '-f', 'json'], {});
    expect(r.pwned).toBe(false);
    expect(r.out).toContain(JSON.stringify(odd).slice(1, -1));
  });
});

describe('bin/zklint.cjs started by node directly', () => {
  it('refuses to run when Node took options of its own', () => {
    const dir = workspace('');
    const r = runIn(dir, process.execPath, ['--no-warnings', join(ROOT, 'bin/zklint.cjs'), 'zoo.cfg']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^zklint: refusing to run: Node was started with options/m);
  });

  it('refuses an argument Node 20+ reads after the script name, naming the safe ways', () => {
    const dir = workspace('');
    const r = runIn(dir, process.execPath, [join(ROOT, 'bin/zklint.cjs'), '--env-file-if-exists', 'nope.env', 'zoo.cfg']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/run the zklint command \(bin\/zklint\)/);
  });
});

/** `npm pack` of this checkout (as built), installed into an empty project. */
describe('the installed package', () => {
  let project = '';
  beforeAll(() => {
    const tmp = mkdtempSync(join(tmpdir(), 'zklint-installed-'));
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz')) as string;
    project = join(tmp, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    const inst = spawnSync('npm', ['install', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tgz)], { cwd: project, encoding: 'utf8' });
    expect(inst.status, inst.stderr).toBe(0);
  }, 180_000);

  it('the installed bin (node_modules/.bin/zklint, and npx with --java-env) does not let Node read an env file', () => {
    const dir = workspace(ENV_FILES[0] as string);
    const bin = join(project, 'node_modules/.bin/zklint');
    const r = runIn(dir, bin, ['--env-file', 'java.env', 'zoo.cfg']);
    expect(r.pwned, r.out).toBe(false);
    expect(r.code, r.out).toBe(0);
    // npx is itself a Node script: on Node 20 its own Node reads an --env-file after it, so under
    // npx (or any Node-based wrapper) the flag to use is --java-env (SECURITY.md).
    const x = spawnSync('npx', ['--no-install', 'zklint', '--java-env', join(dir, 'java.env'), join(dir, 'zoo.cfg')], { cwd: project, encoding: 'utf8' });
    expect(existsSync(join(project, 'PWNED')) || existsSync(join(dir, 'PWNED')), x.stdout + x.stderr).toBe(false);
    expect(x.status, x.stdout + x.stderr).toBe(0);
  });

  it('takes the fast path: the bundle with its code cache, although npm gave every file the install time', () => {
    const dir = workspace('');
    const r = runIn(dir, join(project, 'node_modules/.bin/zklint'), ['zoo.cfg'], { ZKLINT_DEBUG_START: '1' });
    expect(r.out).toContain('zklint start: bundle, code cache\n');
  });
});
