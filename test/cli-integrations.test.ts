/** The CLI's exit codes, -o, GitHub auto-format, linter config, baseline and --stdin, run as a process. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zklint } from './support/cli.js';

const GOOD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\n';
const WARN = `${GOOD}clientPort=2182\n`;
const ERROR = `${GOOD}tickTime=2s\n`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zklint-cli-'));
  mkdirSync(join(dir, '.git'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe('exit codes', () => {
  it('0 clean, 1 errors, warnings pass by default', () => {
    expect(zklint(['zoo.cfg'], { cwd: repo({ 'zoo.cfg': GOOD }) }).code).toBe(0);
    expect(zklint(['zoo.cfg'], { cwd: repo({ 'zoo.cfg': ERROR }) }).code).toBe(1);
    expect(zklint(['zoo.cfg'], { cwd: repo({ 'zoo.cfg': WARN }) }).code).toBe(0);
  });
  it('--fail-on warning and --max-warnings', () => {
    const cwd = repo({ 'zoo.cfg': WARN });
    expect(zklint(['--fail-on', 'warning', 'zoo.cfg'], { cwd }).code).toBe(1);
    expect(zklint(['--max-warnings', '0', 'zoo.cfg'], { cwd }).code).toBe(1);
    expect(zklint(['--max-warnings', '1', 'zoo.cfg'], { cwd }).code).toBe(0);
    expect(zklint(['--fail-on', 'info', 'zoo.cfg'], { cwd }).code).toBe(2);
  });
  it('2 for usage errors; --help documents every code', () => {
    expect(zklint(['--frmat', 'sarif', 'x']).stderr).toContain('did you mean --format');
    expect(zklint([]).code).toBe(2);
    const help = zklint(['--help']).stdout;
    for (const code of ['0 ', '1 ', '2 ', '78 ']) expect(help).toContain(`\n  ${code}`);
  });
});

describe('output', () => {
  it('-o writes the format to a file and prints stylish', () => {
    const cwd = repo({ 'zoo.cfg': WARN });
    const r = zklint(['-f', 'sarif', '-o', 'out.sarif', 'zoo.cfg'], { cwd });
    expect(r.stdout).toContain('duplicate-key');
    expect(r.stdout).not.toContain('"version": "2.1.0"');
    expect(JSON.parse(readFileSync(join(cwd, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });
  it('GITHUB_ACTIONS=true picks the github format unless --format is given', () => {
    const cwd = repo({ 'zoo.cfg': WARN });
    const gh = zklint(['zoo.cfg'], { cwd, env: { GITHUB_ACTIONS: 'true' } }).stdout;
    expect(gh).toMatch(/^::notice /);
    expect(gh).toContain('\n::warning file=zoo.cfg,line=6,');
    expect(zklint(['-f', 'json', 'zoo.cfg'], { cwd, env: { GITHUB_ACTIONS: 'true' } }).stdout).toMatch(/^\{/);
  });
});

describe('linter config', () => {
  it('is found upward from the file, not above the repository root', () => {
    const cwd = repo({ 'zklint.config.json': '{"rules":{"duplicate-key":"error"}}', 'a/b/zoo.cfg': WARN });
    expect(zklint(['a/b/zoo.cfg'], { cwd }).code).toBe(1);
    const inner = join(cwd, 'sub');
    mkdirSync(join(inner, '.git'), { recursive: true });
    writeFileSync(join(inner, 'zoo.cfg'), WARN);
    expect(zklint(['sub/zoo.cfg'], { cwd }).code).toBe(0);
  });
  it('.zklintrc.json, --config, rule off, ignore globs, zkVersion', () => {
    const cwd = repo({ '.zklintrc.json': '{"rules":{"invalid-integer":"off"}}', 'zoo.cfg': ERROR, 'skip/zoo.cfg': ERROR, 'strict.json': '{"rules":{"duplicate-key":{"severity":"error"}},"ignore":["skip/**"],"zkVersion":"3.8"}' });
    expect(zklint(['zoo.cfg'], { cwd }).code).toBe(0);
    expect(zklint(['--config', 'strict.json', 'zoo.cfg'], { cwd }).code).toBe(1);
    const r = zklint(['--config', 'strict.json', 'skip/zoo.cfg'], { cwd });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
  it('78 with "did you mean" for a mistyped rule, key or option', () => {
    const bad = (json: string) => zklint(['zoo.cfg'], { cwd: repo({ 'zklint.config.json': json, 'zoo.cfg': GOOD }) });
    let r = bad('{"rules":{"duplicat-key":"off"}}');
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('unknown rule "duplicat-key" at /rules (did you mean "duplicate-key"?)');
    r = bad('{"zkVerison":"3.8"}');
    expect(r.stderr).toContain('(did you mean "zkVersion"?)');
    r = bad('{"rules":{"fault-tolerance":{"options":{"failure":1}}}}');
    expect(r.stderr).toContain('(did you mean "failures"?)');
    expect(bad('{"rules":{"duplicate-key":"loud"}}').code).toBe(78);
    r = bad('{"rules":{"ensemble-port-clsh":"off"}}');
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('unknown rule "ensemble-port-clsh" at /rules (did you mean "ensemble-port-clash"?)');
    expect(bad('{"rules":{"ensemble-port-clash":"loud"}}').code).toBe(78);
    expect(bad('{not json').code).toBe(78);
  });
});

describe('linter config and ensembles', () => {
  // Three nodes on one host sharing clientPort 2181: ensemble-port-clash errors when linted together.
  const node = (i: number, extra = '') =>
    `${GOOD.replace('dataDir=./data', `dataDir=/var/lib/zk${i}`)}${extra}server.1=127.0.0.1:2888:3888\nserver.2=127.0.0.1:2889:3889\nserver.3=127.0.0.1:2890:3890\n`;
  const cluster = (files: Record<string, string> = {}, extra: Record<number, string> = {}) =>
    repo({ ...Object.fromEntries([1, 2, 3].flatMap((i) => [[`node${i}/zoo.cfg`, node(i, extra[i])], [`node${i}/myid`, `${i}\n`]])), ...files });
  const clashes = (stdout: string) =>
    JSON.parse(stdout).results.flatMap((r: any) => r.diagnostics).filter((d: any) => d.ruleId === 'ensemble-port-clash');
  const paths = ['node1/zoo.cfg', 'node2/zoo.cfg', 'node3/zoo.cfg'];

  it('rule settings apply to ensemble rules', () => {
    const plain = zklint(['-f', 'json', ...paths], { cwd: cluster() });
    expect(plain.code).toBe(1);
    expect(clashes(plain.stdout).length).toBeGreaterThan(0);
    const off = zklint(['-f', 'json', ...paths], { cwd: cluster({ 'zklint.config.json': '{"rules":{"ensemble-port-clash":"off"}}' }) });
    expect(off.stderr).toBe('');
    expect(clashes(off.stdout)).toEqual([]);
    expect(off.code).toBe(0);
    const warn = zklint(['-f', 'json', ...paths], { cwd: cluster({ 'zklint.config.json': '{"rules":{"ensemble-port-clash":{"severity":"warning"}}}' }) });
    expect(warn.code).toBe(0);
    expect(new Set(clashes(warn.stdout).map((d: any) => d.severity))).toEqual(new Set(['warning']));
  });

  it('inline comments silence ensemble findings; SARIF describes the ensemble rule', () => {
    const cwd = cluster({}, { 2: '# zklint-disable ensemble-port-clash -- two test nodes\n', 3: '# zklint-disable ensemble-port-clash\n' });
    const r = zklint(['-f', 'sarif', '--include-suppressed', ...paths], { cwd });
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout).runs[0];
    const res = run.results.filter((x: any) => x.ruleId === 'ensemble-port-clash');
    expect(res.length).toBeGreaterThan(0);
    expect(res.every((x: any) => x.suppressions?.[0]?.kind === 'inSource')).toBe(true);
    expect(run.tool.driver.rules[res[0].ruleIndex].shortDescription.text).not.toBe('ensemble-port-clash');
  });
});

describe('baseline and stdin', () => {
  it('--write-baseline then --baseline reports only new findings, even after lines move', () => {
    const cwd = repo({ 'zoo.cfg': `${GOOD}foo=1\n` });
    expect(zklint(['--write-baseline', 'base.json', 'zoo.cfg'], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'base.json'))).toBe(true);
    writeFileSync(join(cwd, 'zoo.cfg'), `# moved down\n${GOOD}foo=1\nbar=2\n`);
    const r = zklint(['--baseline', 'base.json', '-f', 'json', 'zoo.cfg'], { cwd });
    const found = JSON.parse(r.stdout).results.flatMap((x: any) => x.diagnostics).filter((d: any) => d.ruleId === 'unknown-key');
    expect(found.map((d: any) => d.line)).toEqual([8]);
    expect(zklint(['--baseline', 'zoo.cfg', 'zoo.cfg'], { cwd }).code).toBe(2);
  });
  it('--stdin with --stdin-filename', () => {
    const cwd = repo({});
    const r = zklint(['--stdin', '--stdin-filename', 'conf/zoo.cfg', '-f', 'json'], { cwd, input: ERROR });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].file).toBe('conf/zoo.cfg');
    expect(zklint(['--stdin'], { cwd, input: GOOD }).code).toBe(0);
    expect(zklint(['--stdin', 'zoo.cfg'], { cwd }).code).toBe(2);
  });
});
