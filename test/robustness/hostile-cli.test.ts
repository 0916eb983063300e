/** Hostile inputs and mistakes through the command: no hang, no stack trace, the right exit code. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'zklint-cli-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const good = file('good.cfg', 'tickTime=2000\ndataDir=/nonexistent/zk\nclientPort=2181\n');

/** Every failure path: one line on stderr naming the problem, exit 2, no stack trace. */
function expectUsageError(args: string[], mentions: RegExp) {
  const r = runCli(args);
  expect(r.signal).toBeNull();
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^zklint: /);
  expect(r.stderr).toMatch(mentions);
}

describe('flags and paths', () => {
  it.each([
    [['--bogus', good], /unknown option --bogus/],
    [['--formt', 'json', good], /did you mean --format/],
    [['-x', good], /unknown option -x/],
    [['--format', 'xml', good], /unknown format "xml"/],
    [['--format'], /--format/],
    [['--zk-version', '9.9', good], /unknown ZooKeeper version "9.9"/],
    [['--myid', 'abc', good], /--myid expects an integer/],
    [['--myid', '99999999999999999999999', good], /--myid expects an integer/],
    [['--fault-tolerance', '-1', good], /--fault-tolerance/],
    [['--max-file-size', '0', good], /--max-file-size expects an integer/],
    [['--max-file-size', '10MB', good], /--max-file-size expects an integer/],
    [['--jvm-flag', 'oops', good], /--jvm-flag expects -Dkey=value/],
    [['--on-host=yes', good], /--on-host/],
    [['--format', 'json', '--format', 'stylish', good], /--format given twice with different values/],
    [['--root', '/a', '--root', '/b', good], /--root given twice with different values/],
    [[], /no paths given/],
    [[join(tmp, 'nope.cfg')], /no such file or directory: .*nope\.cfg/],
    [[good, join(tmp, 'missing-dir') + '/'], /no such file or directory: .*missing-dir/],
  ])('%j', (args, mentions) => expectUsageError(args as string[], mentions as RegExp));

  it('the same value twice is not a conflict', () => {
    expect(runCli(['--format', 'json', '--format', 'json', good]).status).toBe(0);
  });
});

describe('hostile config paths', () => {
  it('a FIFO as the config: reported, never waits for a writer', () => {
    const fifo = join(tmp, 'fifo.cfg');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = runCli([fifo]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/not a regular file/);
  });

  it('/dev/zero as the config: reported, never read', () => {
    for (const format of ['stylish', 'json']) {
      const r = runCli(['--format', format, '/dev/zero']);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/not a regular file/);
    }
  });

  it('an empty folder: a clear message and exit 2 (a mistyped CI path must not pass green)', () => {
    const dir = join(tmp, 'empty-folder');
    mkdirSync(dir);
    const r = runCli([dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zklint: no ZooKeeper configs found in ${dir}\n`);
  });

  it('a folder is searched for configs', () => {
    const dir = join(tmp, 'conf');
    mkdirSync(dir);
    writeFileSync(join(dir, 'zoo.cfg'), 'tickTime=oops\ndataDir=/var/lib/zookeeper\n');
    const r = runCli(['--format', 'json', dir]);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual([join(dir, 'zoo.cfg')]);
    expect(r.status).toBe(1);
  });

  it('empty, comment-only and binary files', () => {
    expect(runCli([file('empty.cfg', '')]).stderr).toBe('');
    expect(runCli([file('comments.cfg', '# only\n! comments\n')]).stderr).toBe('');
    const bin = runCli([file('bin.cfg', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]))]);
    expect(bin.status).toBe(1);
    expect(bin.stdout).toMatch(/binary/);
    expect(bin.stdout).not.toMatch(/ELF/); // no code frame of binary bytes
  });

  it('a 100 MB file is reported too large without being read; --max-file-size raises the limit', () => {
    const big = join(tmp, 'big.cfg');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB of NUL bytes, no disk used
    closeSync(fd);
    const r = runCli([big]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/too large \(104857600 bytes, limit 16777216\)/);
    expect(r.stdout).toMatch(/Raise the limit with --max-file-size/); // the command's advice, not the library's
    const raised = runCli(['--max-file-size', String(200 * 1024 * 1024), big]);
    expect(raised.status).toBe(1);
    expect(raised.stdout).not.toMatch(/too large/);
    expect(raised.stdout).toMatch(/binary/); // it was read this time
  });

  it('terminal escape sequences in values and keys never reach the terminal raw', () => {
    const evil = file(
      'evil.cfg',
      'tickTime=\x1b[2J\x1b]0;pwned\x07\nclientPort=21\x1b[31m81\nsyncEnabled=\x9b31mtrue\n\x1b[1mkey\x1b[0m=1\ndataDir=/var/lib/zookeeper\n',
    );
    const r = runCli([evil]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\\x1b\[2J/); // shown escaped
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/); // no control bytes at all
  });

  it('a config that is unreadable for the user running zklint (setpriv as nobody)', () => {
    if (spawnSync('setpriv', ['--version']).status !== 0) return;
    const dir = mkdtempSync(join(tmpdir(), 'zklint-perm-'));
    try {
      chmodSync(dir, 0o755);
      const secret = join(dir, 'zoo.cfg');
      writeFileSync(secret, 'tickTime=2000\ndataDir=/var/lib/zookeeper\n');
      chmodSync(secret, 0o600);
      const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, CLI, secret], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/permission denied/);
      expect(r.stderr).not.toContain('    at ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a reader that stops early (zklint … | head)', () => {
  it('drops the rest of the output without a stack trace and keeps the exit code', async () => {
    // Enough findings for the JSON to outgrow a pipe buffer, so writes continue after the reader is gone.
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `n${i}.cfg`), `tickTime=2000\ntickTme=1\nclientPort=21 81\ndataDir=/nonexistent/zk${i}\n`);
    const child = spawn(process.execPath, [CLI, '--format', 'json', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1); // the configs have errors (clientPort=21 81)
  });
});

describe('output that cannot be written', () => {
  it.runIf(process.platform === 'linux')('says so in one line and exits 2 (stdout is /dev/full)', () => {
    const out = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, good], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^zklint: cannot write the output: .*\n$/);
      expect(r.stderr).not.toContain('    at ');
    } finally {
      closeSync(out);
    }
  });
});
