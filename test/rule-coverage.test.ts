/**
 * Every rule in the catalogue (per-file and ensemble) has a doc page with the required sections,
 * a fixture that fires and one that stays quiet. Ensemble fixtures (fixtures/ensemble/<id>/) are
 * run by test/ensemble-fixtures.test.ts, which checks that fires-* cases fire and quiet-* ones do not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { builtinRules as catalog, ensembleRules, fileRules as rules } from '../rules/index.js';
import { loadFixtures } from './support/fixtures.js';
import { loadEnsembleFixtures } from './support/ensemble-fixtures.js';
import { loadContainerFixtures } from './support/container-fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
/** Rules whose triggering state cannot live in a git fixture, with the test that covers them. */
const TESTED_ELSEWHERE: Record<string, string> = { 'myid-unreadable': 'test/rules/myid-unreadable.test.ts' };
const SECTIONS = ['## What ZooKeeper does', '## Failing example', '## Passing example', '## How to fix', '## Versions'];

describe('rule coverage', () => {
  const fixtures = loadFixtures();
  it('rule ids are unique across per-file and ensemble rules', () => {
    const ids = catalog.map((r) => r.id);
    expect(ids.length).toBe(rules.length + ensembleRules.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('rules/index.ts is generated from the rule files and up to date', () => {
    // Exits 1 (and execFileSync throws) when a rule file was added, renamed or removed without regenerating.
    execFileSync(process.execPath, [join(ROOT, 'scripts/rules-index.mjs'), '--check'], { stdio: 'pipe' });
    const files = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(catalog.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
  });
  it('every rule declares its versions as data and the messages it reports', () => {
    for (const r of catalog) {
      expect(r.versions === 'all' || typeof r.versions === 'object', r.id).toBe(true);
      expect(typeof r.messages, r.id).toBe('object');
    }
  });
  it('every doc page belongs to a rule', () => {
    const ids = new Set(catalog.map((r) => r.id));
    const pages = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const p of pages) expect(ids.has(p.slice(0, -3)), p).toBe(true);
  });
  for (const rule of catalog) {
    it(`${rule.id} has a doc page`, () => {
      const page = join(ROOT, 'rules', `${rule.id}.md`);
      expect(existsSync(page), page).toBe(true);
      const text = readFileSync(page, 'utf8');
      for (const s of SECTIONS) expect(text, `${rule.id}.md lacks "${s}"`).toContain(s);
    });
  }
  const ensembleCases = loadEnsembleFixtures();
  const containerCases = loadContainerFixtures();
  for (const rule of ensembleRules.filter((r) => r.id.startsWith('containers-'))) {
    it(`${rule.id} has container fixtures that fire and stay quiet`, () => {
      const own = containerCases.filter((c) => c.rule === rule.id);
      expect(own.some((c) => c.name.startsWith('fires-') && c.expect.some((e) => e.ruleId === rule.id)), `no fixture makes ${rule.id} fire`).toBe(true);
      expect(own.some((c) => c.name.startsWith('quiet-') && !c.expect.some((e) => e.ruleId === rule.id)), `no fixture keeps ${rule.id} quiet`).toBe(true);
    });
  }
  for (const rule of ensembleRules.filter((r) => !r.id.startsWith('containers-'))) {
    it(`${rule.id} has ensemble fixtures that fire and stay quiet`, () => {
      const own = ensembleCases.filter((c) => c.rule === rule.id);
      expect(own.some((c) => c.name.startsWith('fires-') && c.expect.some((e) => e.ruleId === rule.id)), `no fixture makes ${rule.id} fire`).toBe(true);
      expect(own.some((c) => c.name.startsWith('quiet-') && !c.expect.some((e) => e.ruleId === rule.id)), `no fixture keeps ${rule.id} quiet`).toBe(true);
    });
  }
  for (const rule of rules) {
    it(`${rule.id} has fixtures that fire and stay quiet`, () => {
      const elsewhere = TESTED_ELSEWHERE[rule.id];
      if (elsewhere) {
        expect(existsSync(join(ROOT, elsewhere))).toBe(true);
        return;
      }
      const own = fixtures.filter((f) => f.rule === rule.id);
      expect(own.some((f) => f.expect.some((e) => e.ruleId === rule.id)), `no fixture makes ${rule.id} fire`).toBe(true);
      expect(own.some((f) => !f.expect.some((e) => e.ruleId === rule.id)), `no fixture keeps ${rule.id} quiet`).toBe(true);
    });
  }
  it('fixture folders are named after registered rules', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const dir of readdirSync(join(ROOT, 'fixtures'))) if (dir !== 'ensemble' && dir !== 'containers') expect(ids.has(dir), dir).toBe(true);
    const ensembleIds = new Set(ensembleRules.map((r) => r.id));
    for (const dir of readdirSync(join(ROOT, 'fixtures', 'ensemble'))) expect(ensembleIds.has(dir), `fixtures/ensemble/${dir}`).toBe(true);
    // Container fixtures: the containers-* rules, and ensemble rules whose facts containers supply (zones).
    for (const dir of readdirSync(join(ROOT, 'fixtures', 'containers'))) expect(ensembleIds.has(dir), `fixtures/containers/${dir}`).toBe(true);
  });
});
