/** The built CLI end to end: the README example, JSON contract, exit codes, usage errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/zklint.cjs');
const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const EXAMPLE = ['--root', 'examples/missing-myid', '--fault-tolerance', '4', 'examples/missing-myid/zoo.cfg'];

describe('zklint CLI', () => {
  it('explains the missing myid of the bundled example (stylish)', () => {
    const r = run(EXAMPLE);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('myid-missing');
    expect(r.stdout).toContain('quorum config (5 voting servers');
    expect(r.stdout).toContain('refuses to start, says "myid file is missing"');
    expect(r.stdout).toContain('one of 1, 2, 3, 4 or 5');
    expect(r.stdout).toMatch(/> 6 \| dataDir=\/var\/lib\/zookeeper/);
    expect(r.stdout).toContain('5 voting servers tolerate 2 failures');
    expect(r.stdout).toContain('tolerating 4 needs 9 voting servers (2f+1)');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('prints the documented JSON contract', () => {
    const r = run([...EXAMPLE, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { results: Array<{ file: string; diagnostics: Array<Record<string, unknown>> }> };
    expect(out.results).toHaveLength(1);
    const [file] = out.results;
    expect(file?.file).toBe('examples/missing-myid/zoo.cfg');
    const myid = file?.diagnostics.find((d) => d.ruleId === 'myid-missing');
    expect(myid).toMatchObject({
      severity: 'error',
      file: 'examples/missing-myid/zoo.cfg',
      line: 6,
      column: 9,
      endLine: 6,
      endColumn: 27,
      zookeeper: { effect: 'fatal', says: 'myid file is missing' },
    });
    expect(myid?.docsUrl).toMatch(/rules\/myid-missing\.md$/);
    expect((myid?.related as unknown[]).length).toBe(5);
    expect(file?.diagnostics.find((d) => d.ruleId === 'fault-tolerance')?.message).toContain('needs 9');
  });

  it('without --root the data directory is "not checked", never a false error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-cli-'));
    const cfg = join(dir, 'zoo.cfg');
    writeFileSync(cfg, `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=${dir}/not/here\nserver.1=a:2888:3888\nserver.2=b:2888:3888\nserver.3=c:2888:3888\n`);
    const r = run(['--format', 'json', cfg]);
    const diags = (JSON.parse(r.stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string; severity: string }> }> }).results[0]?.diagnostics ?? [];
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diags.map((d) => `${d.ruleId}:${d.severity}`)).toContain('data-dir-not-checked:info');
    expect(r.status).toBe(0);
  });

  it('exits 0 on a clean config and 1 on errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-cli-'));
    writeFileSync(join(dir, 'zoo.cfg'), `tickTime=2000\ndataDir=${dir}\nclientPort=2181\n`);
    expect(run([join(dir, 'zoo.cfg')]).status).toBe(0);
    writeFileSync(join(dir, 'bad.cfg'), `tickTime=2000\ndataDir=${dir}\nclientPort=2181 # port\n`);
    const bad = run([join(dir, 'bad.cfg')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('For input string: "2181 # port"');
  });

  it('takes --jvm-flag values that start with -D, written with a space or with =', () => {
    const cfg = 'fixtures/server-line-invalid/fires-multi-address-without-flag/zoo.cfg';
    const errors = (args: string[]) =>
      (JSON.parse(run(['--format', 'json', '--on-host', ...args, cfg]).stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string; severity: string }> }> }).results
        .flatMap((r) => r.diagnostics)
        .filter((d) => d.severity === 'error')
        .map((d) => d.ruleId);
    expect(errors([])).toContain('server-line-invalid');
    expect(errors(['--jvm-flag', '-Dzookeeper.multiAddress.enabled=true'])).not.toContain('server-line-invalid');
    expect(errors(['--jvm-flag=-Dzookeeper.multiAddress.enabled=true'])).not.toContain('server-line-invalid');
  });

  it('searches folders for configs', () => {
    const r = run(['--format', 'json', 'examples']);
    const files = (JSON.parse(r.stdout) as { results: Array<{ file: string }> }).results.map((x) => x.file);
    expect(files).toContain('examples/missing-myid/zoo.cfg');
  });

  for (const [args, text] of [
    [['--bogus', 'x'], 'unknown option --bogus'],
    [['--formt', 'json', 'x'], 'did you mean --format'],
    [['--format', 'xml', 'x'], 'unknown format "xml"'],
    [['--fault-tolerance', 'two', 'x'], '--fault-tolerance expects an integer'],
    [['no/such/zoo.cfg'], 'no such file or directory: no/such/zoo.cfg'],
    [[], 'no paths given'],
  ] as const) {
    it(`usage error: ${args.join(' ') || '(no args)'}`, () => {
      const r = run([...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('junit failures are exactly what fails the run (--fail-on)', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/zklint.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  it('a passing run has no failing test case; --fail-on warning makes the warnings failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-junit-'));
    writeFileSync(join(dir, 'zoo.cfg'), 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\ntickTme=3\n');
    const pass = run(['-f', 'junit', join(dir, 'zoo.cfg')]);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toMatch(/<testsuites name="zklint" tests="[1-9]\d*" failures="0"/);
    const strict = run(['-f', 'junit', '--fail-on', 'warning', join(dir, 'zoo.cfg')]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/<testsuites name="zklint" tests="\d+" failures="[1-9]/);
  });
});
