/**
 * Issue 15 points 3, 4 and 6 and issue 10 "Bounded on every input", through the command: outputs
 * never overwrite inputs, every file-taking flag refuses FIFOs, devices and oversized files at once
 * (exit 2), user-chosen strings reach stderr and GitHub logs escaped, odd names and numbers parse.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'zklint-io-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const CFG = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n';
const put = (name: string, text: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const cfg = put('zoo.cfg', CFG);
const fifo = join(tmp, 'fifo');
execFileSync('mkfifo', [fifo]);
const big = put('big', '');
truncateSync(big, 64 * 1024 * 1024 + 1); // sparse: costs no disk

const LAUNCHER = join(import.meta.dirname, '../../bin/zklint');

/** `viaLauncher`: through bin/zklint (the installed command), as `--env-file` must be (Node itself reads it otherwise). */
function usage(args: string[], mentions: RegExp, input?: string, viaLauncher = false) {
  const opts = { cwd: tmp, timeout: 20_000, ...(input !== undefined ? { input } : {}) };
  const r = viaLauncher ? (({ status, signal, stdout, stderr }) => ({ status, signal, stdout: String(stdout), stderr: String(stderr) }))(spawnSync(LAUNCHER, args, { ...opts, encoding: 'utf8', killSignal: 'SIGKILL' })) : runCli(args, opts);
  expect(r.signal).toBeNull();
  expect(r.status).toBe(2);
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).toMatch(mentions);
  return r;
}

describe('outputs never replace inputs', () => {
  it('-o naming the linted config, through a link, or the linter config: exit 2, files untouched', () => {
    symlinkSync(cfg, join(tmp, 'link.cfg'));
    const lc = put('zklint.config.json', '{"rules":{}}\n');
    usage(['-f', 'sarif', '-o', 'zoo.cfg', 'zoo.cfg'], /-o zoo\.cfg is one of the inputs/);
    usage(['-f', 'sarif', '-o', 'link.cfg', 'zoo.cfg'], /one of the inputs/);
    usage(['-f', 'json', '-o', 'zklint.config.json', 'zoo.cfg'], /one of the inputs/);
    usage(['--write-baseline', 'zoo.cfg', 'zoo.cfg'], /--write-baseline zoo\.cfg is one of the inputs/);
    expect(readFileSync(cfg, 'utf8')).toBe(CFG);
    expect(readFileSync(lc, 'utf8')).toBe('{"rules":{}}\n');
    rmSync(lc);
  });

  it('an output that cannot be written (a read-only folder, /dev/full): exit 2 and a plain reason', () => {
    const ro = join(tmp, 'ro');
    mkdirSync(ro, { mode: 0o500 });
    if (process.getuid?.() !== 0) usage(['-f', 'json', '-o', join(ro, 'r.json'), 'zoo.cfg'], /r\.json/);
    usage(['-f', 'json', '-o', '/dev/full', 'zoo.cfg'], /\/dev\/full/);
  });
});

describe('every flag that takes a file: regular files within the limit only', () => {
  for (const [flag, what] of [
    ['--config', 'linter config'],
    ['--baseline', 'baseline'],
    ['--java-env', 'env file'],
    ['--env-file', 'env file'],
  ] as const) {
    it(`${flag}: /dev/zero, a FIFO without a writer, a 64 MB file`, () => {
      const sh = flag === '--env-file';
      usage([flag, '/dev/zero', 'zoo.cfg'], new RegExp(`${what} /dev/zero: not a regular file`), undefined, sh);
      usage([flag, fifo, 'zoo.cfg'], new RegExp(`${what} .*fifo: not a regular file`), undefined, sh);
      usage([flag, big, 'zoo.cfg'], new RegExp(`${what} .*big: (too large|file too large)`), undefined, sh);
    });
  }

  it('--stdin: read with the same cap (a 17 MB stream ends with exit 2)', () => {
    usage(['--stdin'], /standard input is larger than 16777216 bytes/, 'x'.repeat(17 * 1024 * 1024));
  });

  it('a linter config and a baseline with a UTF-8 byte order mark are accepted', () => {
    put('bom.json', '\ufeff{"rules":{"unknown-key":"off"}}');
    const r = runCli(['-c', 'bom.json', 'zoo.cfg'], { cwd: tmp });
    expect(r.stderr).toBe('');
    runCli(['--write-baseline', 'bl.json', 'zoo.cfg'], { cwd: tmp });
    put('bl-bom.json', `\ufeff${readFileSync(join(tmp, 'bl.json'), 'utf8')}`);
    const b = runCli(['--baseline', 'bl-bom.json', 'zoo.cfg'], { cwd: tmp });
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
  });
});

describe('user-chosen strings are escaped in every channel', () => {
  it('a missing path holding a line break and ESC does not forge a log line on stderr', () => {
    const r = usage(['x\n::error::forged\x1b[31m'], /no such|no ZooKeeper configs/);
    expect(r.stderr).not.toMatch(/^::error::/m);
    expect(r.stderr).not.toContain('\x1b');
  });

  it('--format github: ESC and BEL in a key and a file name are shown as \\xNN', () => {
    mkdirSync(join(tmp, 'e\x1bd'), { recursive: true });
    put('e\x1bd/zoo.cfg', `${CFG}bad\x07Key\x1b[2J=1\n`);
    const r = runCli(['-f', 'github', 'e\x1bd/zoo.cfg'], { cwd: tmp });
    expect(r.stdout).toContain('::warning file=');
    expect(r.stdout).not.toMatch(/[\x07\x1b]/);
    expect(r.stdout).toContain('\\x1b');
  });

  it('lone surrogates (\\ud800 escapes in a config) give JSON, SARIF and GitLab reports that strict UTF-8 decoders accept', () => {
    put('sur.cfg', `${CFG}k\\ud800ey=\\udfff\n`);
    for (const f of ['json', 'sarif', 'gitlab']) {
      const r = runCli(['-f', f, 'sur.cfg'], { cwd: tmp, encoding: 'buffer' as BufferEncoding });
      const bytes = Buffer.from(r.stdout as unknown as Uint8Array);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});

describe('odd names and numbers', () => {
  it('--ensemble constructor=…, __proto__=…, toString=…: names, not internals', () => {
    put('b.cfg', CFG);
    for (const name of ['constructor', '__proto__', 'toString']) {
      const r = runCli(['--ensemble', `${name}=*.cfg`, 'zoo.cfg', 'b.cfg'], { cwd: tmp });
      expect(r.stderr).not.toContain('internal error');
      expect([0, 1]).toContain(r.status);
    }
  });

  it('--myid -1 is parsed as a number (as --myid=-1)', () => {
    const a = runCli(['--myid', '-1', '-f', 'json', 'zoo.cfg'], { cwd: tmp });
    const b = runCli(['--myid=-1', '-f', 'json', 'zoo.cfg'], { cwd: tmp });
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
  });

  it('130,000 jvmFlags in a linter config: no stack overflow', () => {
    put('many.json', JSON.stringify({ jvmFlags: Array.from({ length: 130_000 }, (_, i) => `-Dk${i}=v`) }));
    const r = runCli(['-c', 'many.json', 'zoo.cfg'], { cwd: tmp });
    expect(r.stderr).toBe('');
  });

  it('a directory named zoo.cfg is not a clean run', () => {
    mkdirSync(join(tmp, 'd/zoo.cfg'), { recursive: true });
    expect(runCli(['d/zoo.cfg'], { cwd: tmp }).status).toBe(2);
    expect(runCli(['d'], { cwd: tmp }).status).toBe(2);
  });

  it('after --, a file named like an option is a path (the pre-commit hook passes files after --)', () => {
    mkdirSync(join(tmp, '--write-baseline=x'), { recursive: true });
    put('--write-baseline=x/zoo.cfg', CFG);
    const r = runCli(['--', '--write-baseline=x/zoo.cfg'], { cwd: tmp });
    expect(r.stderr).not.toContain('recorded');
    expect(readFileSync(join(tmp, '--write-baseline=x/zoo.cfg'), 'utf8')).toBe(CFG);
    expect(readFileSync(join(import.meta.dirname, '../../.pre-commit-hooks.yaml'), 'utf8')).toMatch(/entry: zklint\n\s+args: \['--'\]/);
  });
});
