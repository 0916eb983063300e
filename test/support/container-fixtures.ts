/**
 * Container fixture cases: `fixtures/containers/<rule-id>/<case>/` holds one compose file or
 * Kubernetes manifest (`*.yml` / `*.yaml`, with a `.env` beside it when the case needs one) and
 * `case.json`:
 *   { "description": "...", "expect": [{ "ruleId": "...", "line": 4, "severity": "error" }] }
 * `expect` lists every finding of the case's rule and every error of any rule, on the YAML file.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { caseFolders } from './fixtures.js';

export const CONTAINER_FIXTURES = resolve(import.meta.dirname, '../../fixtures/containers');

export interface ContainerExpected {
  ruleId: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
  /** Optional: the finding's column. */
  column?: number;
}

export interface ContainerCase {
  rule: string;
  name: string;
  dir: string;
  file: string;
  description: string;
  expect: ContainerExpected[];
}

export function loadContainerFixtures(): ContainerCase[] {
  const out: ContainerCase[] = [];
  for (const { rule, name, dir, json } of caseFolders<{ description: string; expect: ContainerExpected[] }>(CONTAINER_FIXTURES)) {
    const file = readdirSync(dir).find((f) => /\.ya?ml$/.test(f));
    if (!file) throw new Error(`${dir}: no YAML file`);
    out.push({ rule, name, dir, file, description: json.description, expect: json.expect });
  }
  return out;
}
