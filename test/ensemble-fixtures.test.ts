/** Every ensemble fixture produces exactly the findings its case.json expects; every ensemble rule is documented and tested. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintEnsemble } from '../src/index.js';
import { ensembleRules } from '../rules/index.js';
import { loadEnsembleFixtures } from './support/ensemble-fixtures.js';

const cases = loadEnsembleFixtures();
const ids = new Set(ensembleRules.map((r) => r.id));
const RULES_DIR = join(import.meta.dirname, '..', 'rules');

describe('ensemble fixtures', () => {
  for (const c of cases) {
    it(`${c.rule}/${c.name}: ${c.description}`, () => {
      const r = lintEnsemble(c.nodes.map((n) => ({ name: n, path: `${n}/zoo.cfg` })), c.options);
      const diags = r.results.flatMap((x) => x.diagnostics).filter((d) => d.severity === 'error' || ids.has(d.ruleId));
      const key = (x: { ruleId: string; file: string; line: number; severity: string }) => `${x.ruleId}@${x.file}:${x.line}:${x.severity}`;
      expect(diags.map(key).sort()).toEqual(c.expect.map(key).sort());
      const own = diags.filter((d) => d.ruleId === c.rule);
      if (c.name.startsWith('fires-')) expect(own.length).toBeGreaterThan(0);
      else expect(own).toEqual([]);
      for (const d of own) {
        // Each finding points at the other nodes involved.
        expect(d.related?.length ?? 0, d.message).toBeGreaterThan(0);
        for (const rel of d.related ?? []) expect(existsSync(join(c.dir, rel.file)), rel.file).toBe(true);
        const nodesNamed = new Set([d.file, ...(d.related ?? []).map((x) => x.file)].map((f) => dirname(f)));
        expect(nodesNamed.size, d.message).toBeGreaterThan(1);
      }
    });
  }
});

describe('ensemble rules', () => {
  // Container rules (containers-*) have their fixtures under fixtures/containers (test/containers/fixtures.test.ts).
  for (const rule of ensembleRules.filter((r) => !r.id.startsWith('containers-'))) {
    it(`${rule.id} has fires and quiet fixtures and a doc page`, () => {
      const mine = cases.filter((c) => c.rule === rule.id);
      expect(mine.some((c) => c.name.startsWith('fires-'))).toBe(true);
      expect(mine.some((c) => c.name.startsWith('quiet-'))).toBe(true);
      const doc = join(RULES_DIR, `${rule.id}.md`);
      expect(existsSync(doc), doc).toBe(true);
      const text = readFileSync(doc, 'utf8');
      for (const s of ['## What ZooKeeper does', '## Failing example', '## Passing example', '## How to fix', '## Versions']) expect(text).toContain(s);
    });
  }
});
