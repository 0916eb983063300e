/** Every fixture produces exactly the diagnostics its case.json expects. */
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/index.js';
import { loadFixtures } from './support/fixtures.js';

const cases = loadFixtures();

describe('fixtures', () => {
  it('exist', () => expect(cases.length).toBeGreaterThan(10));
  for (const c of cases) {
    it(`${c.rule}/${c.name}: ${c.description}`, () => {
      const results = lintFile(c.configFile, c.options);
      const diags = results.flatMap((r) => r.diagnostics);
      const relevant = diags
        .filter((d) => d.severity === 'error' || d.ruleId === c.rule || c.expect.some((e) => e.ruleId === d.ruleId))
        .map((d) => ({ ruleId: d.ruleId, line: d.line, severity: d.severity }));
      const want = c.expect.map((e) => ({ ruleId: e.ruleId, line: e.line, severity: e.severity ?? (relevant.find((r) => r.ruleId === e.ruleId && r.line === e.line)?.severity ?? 'error') }));
      const key = (x: { ruleId: string; line: number; severity: string }) => `${x.ruleId}@${x.line}:${x.severity}`;
      expect(relevant.map(key).sort()).toEqual(want.map(key).sort());
    });
  }
});
