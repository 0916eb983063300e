/**
 * The command-line conventions users reach for first (ESLint's, mostly): --quiet, --color /
 * --no-color with FORCE_COLOR / NO_COLOR, --rule id:severity, --print-config FILE, .zklintignore and
 * the "File ignored" warning, and GitHub Actions annotations in the job log while -o writes SARIF.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { zklint } from './support/cli.js';

// A config with a warning (the tickTme typo, too-few-voters), info notes and no error.
const WARNS = 'tickTime=2000\ntickTme=3\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\n';
// The same with an error (tickTime is not a number).
const ERRS = WARNS.replace('tickTime=2000', 'tickTime=2s');
const NO_COLOR_ENV = { NO_COLOR: undefined, FORCE_COLOR: undefined };

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zklint-conventions-'));
  // A repository root, so no linter config above the temporary folder is found.
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'warns.cfg'), WARNS);
  writeFileSync(join(dir, 'errs.cfg'), ERRS);
});

type Json = { results: Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string }> }> };
const json = (s: string) => JSON.parse(s) as Json;
const severities = (s: string) => json(s).results.flatMap((r) => r.diagnostics.map((d) => d.severity));

describe('--quiet', () => {
  it('reports errors only, in every format, and keeps the exit status of the errors', () => {
    const all = zklint(['-f', 'json', 'errs.cfg'], { cwd: dir });
    expect(new Set(severities(all.stdout))).toEqual(new Set(['error', 'warning', 'info']));
    const quiet = zklint(['-f', 'json', '--quiet', 'errs.cfg'], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(new Set(severities(quiet.stdout))).toEqual(new Set(['error']));
    const stylish = zklint(['-q', 'warns.cfg'], { cwd: dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toBe('');
  });

  it('is a usage error with a threshold that counts the warnings it hides', () => {
    const r = zklint(['--quiet', '--fail-on', 'warning', 'warns.cfg'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--quiet .*--fail-on warning/);
    expect(zklint(['--quiet', '--max-warnings', '0', 'warns.cfg'], { cwd: dir }).code).toBe(2);
  });
});

describe('colour', () => {
  const ESC = '\x1b[';
  it('is off when stdout is not a terminal, on with --color or FORCE_COLOR, off with --no-color or FORCE_COLOR=0', () => {
    expect(zklint(['warns.cfg'], { cwd: dir, env: NO_COLOR_ENV }).stdout).not.toContain(ESC);
    expect(zklint(['--color', 'warns.cfg'], { cwd: dir, env: NO_COLOR_ENV }).stdout).toContain(ESC);
    expect(zklint(['warns.cfg'], { cwd: dir, env: { ...NO_COLOR_ENV, FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(zklint(['warns.cfg'], { cwd: dir, env: { ...NO_COLOR_ENV, FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(zklint(['--no-color', 'warns.cfg'], { cwd: dir, env: { ...NO_COLOR_ENV, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    // The last of --color / --no-color wins; NO_COLOR loses to an explicit --color.
    expect(zklint(['--no-color', '--color', 'warns.cfg'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
  });

  it('never colours machine formats or the -o file', () => {
    const r = zklint(['--color', '-f', 'json', '-o', 'out.json', 'warns.cfg'], { cwd: dir, env: NO_COLOR_ENV });
    expect(r.stdout).toContain(ESC); // stdout is the human report
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).not.toContain(ESC);
    expect(zklint(['--color', '-f', 'json', 'warns.cfg'], { cwd: dir, env: NO_COLOR_ENV }).stdout).not.toContain(ESC);
  });
});

describe('--rule id:severity', () => {
  it('sets a severity over the linter config, and the exit status follows', () => {
    writeFileSync(join(dir, 'zklint.config.json'), JSON.stringify({ rules: { 'unknown-key': 'off' } }));
    expect(json(zklint(['-f', 'json', 'warns.cfg'], { cwd: dir }).stdout).results[0]?.diagnostics.map((d) => d.ruleId)).not.toContain('unknown-key');
    const r = zklint(['-f', 'json', '--rule', 'unknown-key:error', '--rule', 'too-few-voters:off', 'warns.cfg'], { cwd: dir });
    expect(r.code).toBe(1);
    const ds = json(r.stdout).results[0]?.diagnostics ?? [];
    expect(ds.find((d) => d.ruleId === 'unknown-key')?.severity).toBe('error');
    expect(ds.map((d) => d.ruleId)).not.toContain('too-few-voters');
  });

  it('keeps a rule\'s options from the linter config', () => {
    writeFileSync(join(dir, 'zklint.config.json'), JSON.stringify({ rules: { 'fault-tolerance': { severity: 'warning', options: { failures: 1 } } } }));
    const r = zklint(['-f', 'json', '--rule', 'fault-tolerance:error', 'warns.cfg'], { cwd: dir });
    expect(json(r.stdout).results[0]?.diagnostics.find((d) => d.ruleId === 'fault-tolerance')?.severity).toBe('error');
  });

  it('takes ensemble rule ids; an unknown id or severity is a usage error with a did-you-mean', () => {
    expect(zklint(['--rule', 'ensemble-port-clash:off', 'warns.cfg'], { cwd: dir }).code).toBe(0);
    const typo = zklint(['--rule', 'unknwn-key:error', 'warns.cfg'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown rule "unknwn-key" (did you mean "unknown-key"?)');
    const sev = zklint(['--rule', 'unknown-key:fatal', 'warns.cfg'], { cwd: dir });
    expect(sev.code).toBe(2);
    expect(sev.stderr).toContain('off, info, warning, error');
    expect(zklint(['--rule', 'unknown-key', 'warns.cfg'], { cwd: dir }).code).toBe(2);
  });
});

describe('--print-config FILE', () => {
  it('prints the linter config in effect for the file: its config file, settings and every rule', () => {
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'zklint.config.json'), JSON.stringify({ zkVersion: '3.4', jvmFlags: ['-Da=b'], rules: { 'unknown-key': 'error', 'fault-tolerance': { options: { failures: 2 } } } }));
    const r = zklint(['--print-config', 'conf/zoo.cfg', '--rule', 'too-few-voters:info'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Record<string, any>;
    expect(c.file).toBe(join('conf', 'zoo.cfg'));
    expect(c.configFile).toBe(join('conf', 'zklint.config.json'));
    expect(c.zkVersion).toBe('3.4');
    expect(c.jvmFlags).toEqual(['-Da=b']);
    expect(c.ignored).toBe(false);
    expect(c.rules['unknown-key']).toBe('error');
    expect(c.rules['too-few-voters']).toBe('info');
    expect(c.rules['fault-tolerance']).toMatchObject({ options: { failures: 2 } });
    expect(c.rules['ensemble-port-clash']).toBeDefined();
    // A rule outside the version in effect does not run: said so.
    expect(Object.values(c.rules).some((v: any) => v?.severity === 'off' && /ZooKeeper 3\.4/.test(v.reason))).toBe(true);
    // Nothing was linted: the file need not exist.
    expect(r.stdout).not.toContain('diagnostics');
  });

  it('says when the file is ignored, and by what', () => {
    writeFileSync(join(dir, '.zklintignore'), 'legacy/\n');
    const c = JSON.parse(zklint(['--print-config', 'legacy/zoo.cfg'], { cwd: dir }).stdout) as Record<string, unknown>;
    expect(c).toMatchObject({ ignored: true, ignoredBy: '.zklintignore', configFile: null });
  });
});

describe('.zklintignore and ignored files', () => {
  beforeEach(() => {
    mkdirSync(join(dir, 'legacy'));
    writeFileSync(join(dir, 'legacy', 'zoo.cfg'), ERRS);
    mkdirSync(join(dir, 'live'));
    writeFileSync(join(dir, 'live', 'zoo.cfg'), WARNS);
  });

  it('skips files matching gitignore patterns when searching folders, silently', () => {
    expect(zklint(['.'], { cwd: dir }).code).toBe(1); // errs.cfg and legacy/zoo.cfg
    writeFileSync(join(dir, '.zklintignore'), '# old configs\nlegacy/\nerrs.cfg\n');
    const r = zklint(['-f', 'json', '.'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r.stdout).results.map((x) => x.file).sort()).toEqual(['live/zoo.cfg', 'warns.cfg']);
    expect(r.stderr).toBe('');
  });

  it('negated patterns re-include a file (gitignore semantics)', () => {
    writeFileSync(join(dir, '.zklintignore'), '*.cfg\n!errs.cfg\n');
    const r = zklint(['-f', 'json', '.'], { cwd: dir });
    expect(json(r.stdout).results.map((x) => x.file)).toEqual(['errs.cfg']);
  });

  it('warns about a file named on the command line that an ignore pattern covers (not linted, exit 0)', () => {
    writeFileSync(join(dir, '.zklintignore'), 'legacy/\n');
    const r = zklint(['legacy/zoo.cfg'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('legacy/zoo.cfg: File ignored because of a matching ignore pattern');
    expect(zklint(['--quiet', 'legacy/zoo.cfg'], { cwd: dir }).stderr).toBe('');
  });

  it('warns the same for the linter config\'s "ignore" globs', () => {
    writeFileSync(join(dir, 'zklint.config.json'), JSON.stringify({ ignore: ['legacy/**'] }));
    const r = zklint(['legacy/zoo.cfg', 'live/zoo.cfg'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('legacy/zoo.cfg: File ignored because of a matching ignore pattern');
    expect(r.stdout).toContain('live/zoo.cfg');
  });
});

describe('GitHub Actions', () => {
  it('with -o, the job log gets annotations while the file gets the --format report', () => {
    const r = zklint(['--format', 'sarif', '-o', 'zklint.sarif', 'errs.cfg'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=errs\.cfg,line=1,/m);
    expect(r.stdout).toMatch(/^::warning file=errs\.cfg,line=2,/m);
    expect(r.stdout).not.toContain('problems (');
    const log = JSON.parse(readFileSync(join(dir, 'zklint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
    // Outside GitHub Actions, stdout is the human report.
    expect(zklint(['--format', 'sarif', '-o', 'zklint.sarif', 'errs.cfg'], { cwd: dir }).stdout).toContain('problems (');
  });
});

describe('documentation', () => {
  it('the README documents every flag that --help lists', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const help = zklint(['--help']).stdout;
    const flags = [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
    for (const f of ['--quiet', '--color', '--no-color', '--rule', '--print-config']) expect(flags).toContain(f);
    expect(help).toContain('.zklintignore');
    expect(flags.filter((f) => !new RegExp(`${f}(?![a-z-])`).test(readme))).toEqual([]);
    expect(readme).toContain('.zklintignore');
    expect(readme).toContain('FORCE_COLOR');
  });
});
