/**
 * Ensemble fixture cases: `fixtures/ensemble/<rule-id>/<case>/node*\/zoo.cfg` (with a `myid`
 * beside each config) and `case.json`:
 *   { "description": "...", "expect": [{ "ruleId": "...", "file": "node2/myid", "line": 1, "severity": "error" }],
 *     "options": { "zones": {...}, "faultTolerance": 2, "hosts": {...} } }
 * `expect` lists every finding of any ensemble rule and every error of any rule.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LintOptions } from '../../src/options.js';
import { caseFolders } from './fixtures.js';

export const ENSEMBLE_FIXTURES = resolve(import.meta.dirname, '../../fixtures/ensemble');

export interface EnsembleExpected {
  ruleId: string;
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
}

export interface EnsembleCase {
  rule: string;
  name: string;
  dir: string;
  description: string;
  nodes: string[];
  expect: EnsembleExpected[];
  options: LintOptions;
}

export function loadEnsembleFixtures(): EnsembleCase[] {
  const out: EnsembleCase[] = [];
  for (const { rule, name, dir, json } of caseFolders<{ description: string; expect: EnsembleExpected[]; options?: LintOptions }>(ENSEMBLE_FIXTURES)) {
    const nodes = readdirSync(dir).filter((n) => n.startsWith('node') && existsSync(join(dir, n, 'zoo.cfg'))).sort();
    out.push({ rule, name, dir, description: json.description, nodes, expect: json.expect, options: { cwd: dir, ...(json.options ?? {}) } });
  }
  return out;
}
