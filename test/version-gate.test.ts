/**
 * Versions are data the engine enforces: under any ZooKeeper release line, no finding comes from a
 * rule whose `versions` excludes that line. Walks every rule and every fixture under every line.
 */
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/index.js';
import { builtinRules } from '../rules/index.js';
import { inRange, ZK_VERSIONS } from '../src/model/version.js';
import { loadFixtures } from './support/fixtures.js';

const byId = new Map(builtinRules.map((r) => [r.id, r]));
const cases = loadFixtures();

describe('rule versions are enforced by the engine', () => {
  it('some rules are limited to a range (else this walk proves nothing)', () => {
    expect(builtinRules.filter((r) => r.versions !== 'all').length).toBeGreaterThan(10);
  });
  for (const zk of ZK_VERSIONS) {
    it(`--zk-version ${zk}: no finding from a rule outside its versions, over every fixture`, () => {
      const outside: string[] = [];
      let findings = 0;
      for (const c of cases) {
        for (const r of lintFile(c.configFile, { ...c.options, zkVersion: zk })) {
          for (const d of [...r.diagnostics, ...(r.suppressed ?? [])]) {
            findings++;
            const rule = byId.get(d.ruleId);
            if (rule && !inRange(zk, rule.versions)) outside.push(`${c.rule}/${c.name}: ${d.ruleId} (${JSON.stringify(rule.versions)})`);
          }
        }
      }
      expect(findings).toBeGreaterThan(100);
      expect(outside).toEqual([]);
    });
  }
});
