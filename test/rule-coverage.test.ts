/** Every rule has a doc page with the required sections, a fixture that fires and one that stays quiet. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { loadFixtures } from './support/fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
/** Rules whose triggering state cannot live in a git fixture, with the test that covers them. */
const TESTED_ELSEWHERE: Record<string, string> = { 'myid-unreadable': 'test/rules/myid-unreadable.test.ts' };
const SECTIONS = ['## What ZooKeeper does', '## Failing example', '## Passing example', '## How to fix', '## Versions'];

describe('rule coverage', () => {
  const fixtures = loadFixtures();
  it('rule ids are unique', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const rule of rules) {
    it(`${rule.id} has a doc page`, () => {
      const page = join(ROOT, 'rules', `${rule.id}.md`);
      expect(existsSync(page), page).toBe(true);
      const text = readFileSync(page, 'utf8');
      for (const s of SECTIONS) expect(text, `${rule.id}.md lacks "${s}"`).toContain(s);
    });
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
    for (const dir of readdirSync(join(ROOT, 'fixtures'))) if (dir !== 'ensemble') expect(ids.has(dir), dir).toBe(true);
  });
});
