/**
 * Fixture cases: `fixtures/<rule-id>/<case>/` holds a `zoo.cfg` (plus whatever it references:
 * `./data/myid`, a dynamic file…) and `case.json`:
 *   { "description": "...", "expect": [{ "ruleId": "myid-missing", "line": 6 }],
 *     "options": { "onHost": true, "myid": 1, "jvmFlags": ["-D..."], "zkVersion": "3.8", "faultTolerance": 2 },
 *     "oracle": true, "versions": ["3.4", "3.8", "3.9"] }
 * `versions` names the real ZooKeeper lines (or exact versions, "3.9.3") the differential suite
 * runs the case on, each with zklint's `zkVersion` set to that line; without it, the case runs on
 * 3.8 only when `oracle` (default: zkVersion is 3.8).
 * Relative paths in the config resolve against the case folder (zklint runs with --on-host and
 * the case folder as working directory; the oracle runs ZooKeeper with the same working dir).
 * `expect` lists every error (any rule) and every finding of the folder's own rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LintOptions } from '../../src/options.js';
import { jvmFlagsFromEnvFile } from '../../src/env-file.js';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export interface Expected {
  ruleId: string;
  line: number;
  severity?: 'error' | 'warning' | 'info';
}

export interface FixtureCase {
  rule: string;
  name: string;
  dir: string;
  description: string;
  expect: Expected[];
  options: LintOptions;
  /** Run through real ZooKeeper (false for what the oracle cannot see). */
  oracle: boolean;
  /** Real ZooKeeper versions to run it on ("3.4", "3.8", "3.9", or exact: "3.9.3"). */
  versions: string[];
  configFile: string;
}

/** Every `<root>/<rule>/<case>/case.json`, in name order, with its parsed JSON. */
export function* caseFolders<T>(root: string): Generator<{ rule: string; name: string; dir: string; json: T }> {
  for (const rule of readdirSync(root).sort()) {
    const ruleDir = join(root, rule);
    if (!statSync(ruleDir).isDirectory()) continue;
    for (const name of readdirSync(ruleDir).sort()) {
      const dir = join(ruleDir, name);
      const spec = join(dir, 'case.json');
      if (existsSync(spec)) yield { rule, name, dir, json: JSON.parse(readFileSync(spec, 'utf8')) as T };
    }
  }
}

interface CaseJson {
  description: string;
  expect: Expected[];
  options?: LintOptions;
  oracle?: boolean;
  versions?: string[];
  config?: string;
}

export function loadFixtures(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const { rule, name, dir, json } of caseFolders<CaseJson>(FIXTURES)) {
    const options: LintOptions = { onHost: true, cwd: dir, ...(json.options ?? {}) };
    const version = options.zkVersion ?? '3.8';
    const oracle = json.oracle ?? (json.versions !== undefined || version === '3.8');
    out.push({
      rule,
      name,
      dir,
      description: json.description,
      expect: json.expect,
      options,
      oracle,
      versions: oracle ? (json.versions ?? [version]) : [],
      configFile: join(dir, json.config ?? 'zoo.cfg'),
    });
  }
  return out;
}

/** JVM flags of a case as system properties for the oracle. */
export function jvmProps(c: FixtureCase): Record<string, string> {
  const props: Record<string, string> = {};
  const fromEnv = c.options.envFile ? jvmFlagsFromEnvFile(readFileSync(join(c.dir, c.options.envFile), 'utf8')) : [];
  for (const f of [...fromEnv, ...(c.options.jvmFlags ?? [])]) {
    const body = f.startsWith('-D') ? f.slice(2) : f;
    const eq = body.indexOf('=');
    props[body.slice(0, eq)] = body.slice(eq + 1);
  }
  return props;
}
