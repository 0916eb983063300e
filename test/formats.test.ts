/** CI output formats: SARIF validated against the OASIS schema, GitHub commands, JUnit, Checkstyle, GitLab. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { lintFiles } from '../src/index.js';
import { loadFormatter } from '../src/index.js';
import { escapeData, escapeProperty } from '../src/format/github.js';
import type { FormatContext } from '../src/format/types.js';
import type { LintResult } from '../src/diagnostic.js';
import { fileRules as rules } from '../rules/index.js';
import { builtinRules as catalog } from '../rules/index.js';
import { lintEnsemble } from '../src/index.js';
import { ENSEMBLE_FIXTURES } from './support/ensemble-fixtures.js';
import { applyBaseline, makeBaseline } from '../src/baseline.js';
import { findings } from '../src/format/common.js';
import { fingerprint, lineTextOf } from '../src/util/fingerprint.js';

const BAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\nclientPort=2182\ntickTme=3\n# zklint-disable-next-line unknown-key -- kept for the old init script\nfooBar=1\n';

function project(text = BAD) {
  const dir = mkdtempSync(join(tmpdir(), 'zklint-fmt-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'conf', 'data'), { recursive: true });
  writeFileSync(join(dir, 'conf', 'zoo.cfg'), text);
  return dir;
}

function ctxFor(dir: string, extra: Partial<FormatContext> = {}): FormatContext {
  return { color: false, cwd: dir, getSource: (f) => readFileSync(join(dir, f), 'latin1'), ...extra };
}

/** The findings these tests pin come from these rules; every other rule is off so new rules don't shift them. */
const EXERCISED = new Set(['duplicate-key', 'unknown-key', 'unused-suppression', 'data-dir-not-checked', 'invalid-integer', 'myid-missing']);
const ONLY_EXERCISED = Object.fromEntries(rules.filter((r) => !EXERCISED.has(r.id)).map((r) => [r.id, 'off' as const]));

function lint(dir: string, keepSuppressed = false): LintResult {
  const prev = process.cwd();
  process.chdir(dir);
  try {
    return lintFiles(['conf/zoo.cfg'], { cwd: dir, keepSuppressed, rules: ONLY_EXERCISED });
  } finally {
    process.chdir(prev);
  }
}

describe('fingerprints of whole-file findings', () => {
  // autopurge-disabled is about a key that is absent: an empty range at 1:1.
  const withWholeFile = (dir: string) => {
    const prev = process.cwd();
    process.chdir(dir);
    try {
      return lintFiles(['conf/zoo.cfg'], { cwd: dir, rules: { ...ONLY_EXERCISED, 'autopurge-disabled': 'warning' } });
    } finally {
      process.chdir(prev);
    }
  };
  it('a comment added on top leaves them absorbed by the baseline', () => {
    const a = project();
    const ra = withWholeFile(a);
    const whole = ra.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'autopurge-disabled');
    expect(whole.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual([[1, 1, 1, 1]]);
    const baseline = makeBaseline(ra, ctxFor(a));
    const b = project(`# a new comment on top\n${BAD}`);
    const left = applyBaseline(withWholeFile(b), baseline, ctxFor(b)).results.flatMap((r) => r.diagnostics);
    expect(left.map((d) => `${d.ruleId}:${d.line}`)).toEqual([]);
  });
  it('other findings keep their line-text fingerprints', () => {
    const a = project();
    const fs = findings(withWholeFile(a), ctxFor(a));
    const lined = fs.filter((f) => f.d.ruleId === 'duplicate-key');
    expect(lined.length).toBeGreaterThan(0);
    for (const f of lined) expect(f.fingerprint).toBe(fingerprint(f.d, f.rel, lineTextOf(BAD, f.d.line)));
    const whole = fs.find((f) => f.d.ruleId === 'autopurge-disabled');
    expect(whole?.fingerprint).toBe(fingerprint(whole!.d, whole!.rel, ''));
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'vendor/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('is valid SARIF 2.1.0 with rules, relative URIs, regions and fingerprints', async () => {
    const dir = project();
    const sarif = await loadFormatter('sarif');
    const log = JSON.parse(sarif(lint(dir), ctxFor(dir)));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(catalog.map((r) => r.id));
    const dk = run.tool.driver.rules.find((r: { id: string }) => r.id === 'duplicate-key');
    expect(dk.helpUri).toMatch(/\/blob\/v\d+\.\d+\.\d+\/rules\/duplicate-key\.md$/);
    expect(dk.defaultConfiguration.level).toBe('warning');
    expect(dk.fullDescription.text.length).toBeGreaterThan(dk.shortDescription.text.length);
    expect(dk.help.text).toContain(dk.helpUri);
    expect(dk.properties.tags).toContain('zookeeper');
    const res = run.results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-key');
    expect(run.tool.driver.rules[res.ruleIndex].id).toBe('duplicate-key');
    const loc = res.locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: 'conf/zoo.cfg', uriBaseId: '%SRCROOT%' });
    expect(loc.region).toMatchObject({ startLine: 6, startColumn: 1 });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    expect(res.partialFingerprints['zklint/v1']).toMatch(/^[0-9a-f]{32}$/);
    // the suppressed unknown-key finding on line 9 is left out by default
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId === 'unknown-key').map((r: any) => r.locations[0].physicalLocation.region.startLine)).toEqual([7]);
  });

  it('describes ensemble rules from the catalogue, not as stubs', async () => {
    const dir = join(ENSEMBLE_FIXTURES, 'ensemble-port-clash', 'fires-same-client-port');
    const result = lintEnsemble(['node1', 'node2', 'node3'].map((n) => ({ name: n, path: `${n}/zoo.cfg` })), { cwd: dir });
    const sarif = await loadFormatter('sarif');
    const log = JSON.parse(sarif(result, ctxFor(dir, { baseDir: dir })));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    const clash = run.results.filter((r: { ruleId: string }) => r.ruleId === 'ensemble-port-clash');
    expect(clash.length).toBeGreaterThan(0);
    const desc = run.tool.driver.rules[clash[0].ruleIndex];
    const rule = catalog.find((r) => r.id === 'ensemble-port-clash');
    expect(desc.id).toBe('ensemble-port-clash');
    expect(desc.shortDescription.text).toBe(rule?.docs.description);
    expect(desc.shortDescription.text).not.toBe('ensemble-port-clash');
    expect(desc.helpUri).toMatch(/\/rules\/ensemble-port-clash\.md$/);
    expect(desc.properties.tags).toContain('ensemble');
    expect(clash[0].relatedLocations?.length).toBeGreaterThan(0);
    // Only the catalogue: no stub was appended for an id it already describes.
    expect(run.tool.driver.rules).toHaveLength(catalog.length);
  });

  it('keeps fingerprints when lines move, and lists suppressed findings only when asked', async () => {
    const sarif = await loadFormatter('sarif');
    const a = project();
    const b = project(`# a new comment on top\n\n${BAD}`);
    const fa = JSON.parse(sarif(lint(a), ctxFor(a))).runs[0].results.map((r: any) => r.partialFingerprints['zklint/v1']).sort();
    const fb = JSON.parse(sarif(lint(b), ctxFor(b))).runs[0].results.map((r: any) => r.partialFingerprints['zklint/v1']).sort();
    expect(fb).toEqual(fa);
    const withSup = JSON.parse(sarif(lint(a, true), ctxFor(a, { includeSuppressed: true })));
    expect(validate(withSup)).toBe(true);
    const sup = withSup.runs[0].results.filter((r: any) => r.suppressions);
    expect(sup).toHaveLength(1);
    expect(sup[0].suppressions[0]).toEqual({ kind: 'inSource', justification: 'kept for the old init script' });
  });
});

describe('github', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
  it('prints one workflow command per finding with repo-relative file and range', async () => {
    const dir = project();
    const out = (await loadFormatter('github'))(lint(dir), ctxFor(dir));
    expect(out).toContain('::warning file=conf/zoo.cfg,line=6,col=1,endLine=6,endColumn=11,title=zklint(duplicate-key)::"clientPort" is set 2 times');
    for (const line of out.trim().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::\S/);
  });
});

describe('junit, checkstyle, gitlab', () => {
  it('junit: one failing case per finding, escaped', async () => {
    const dir = project(`${BAD}key<&>=1\n`);
    const out = (await loadFormatter('junit'))(lint(dir), ctxFor(dir));
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="zklint" tests="4" failures="4" errors="0">/);
    expect(out).toContain('name="duplicate-key 6:1"');
    expect(out).toContain('key&lt;&amp;&gt;');
    expect(out).not.toMatch(/key<&>/);
  });
  it('junit: with failOn (the CLI passes --fail-on), only findings that fail the run are failures', async () => {
    const dir = project();
    const result = lint(dir);
    const all = result.results.flatMap((r) => r.diagnostics);
    const errors = all.filter((d) => d.severity === 'error').length;
    expect(all.length).toBeGreaterThan(errors);
    const out = (await loadFormatter('junit'))(result, { ...ctxFor(dir), failOn: 'error' });
    expect(out).toMatch(new RegExp(`<testsuites name="zklint" tests="${all.length}" failures="${errors}"`));
    expect(out.match(/<failure /g)?.length ?? 0).toBe(errors);
    expect(out).toContain('<system-out>warning: ');
  });
  it('checkstyle: file elements with errors sourced zklint.<rule>', async () => {
    const dir = project();
    const out = (await loadFormatter('checkstyle'))(lint(dir), ctxFor(dir));
    expect(out).toContain('<file name="conf/zoo.cfg">');
    expect(out).toMatch(/<error line="6" column="1" severity="warning" message="[^"]+" source="zklint.duplicate-key"\/>/);
  });
  it('gitlab: Code Quality issues with unique fingerprints', async () => {
    const dir = project();
    const issues = JSON.parse((await loadFormatter('gitlab'))(lint(dir), ctxFor(dir)));
    expect(issues.length).toBe(3);
    const dk = issues.find((i: any) => i.check_name === 'duplicate-key');
    expect(dk).toMatchObject({ severity: 'minor', location: { path: 'conf/zoo.cfg', lines: { begin: 6 } } });
    expect(typeof dk.description).toBe('string');
    expect(new Set(issues.map((i: any) => i.fingerprint)).size).toBe(issues.length);
  });
});
