/**
 * Fixture cases: `fixtures/<rule-id>/<case>/` holds a `zoo.cfg` (plus whatever it references:
 * `./data/myid`, a dynamic file…) and `case.json`:
 *   { "description": "...", "expect": [{ "ruleId": "myid-missing", "line": 6 }],
 *     "options": { "onHost": true, "myid": 1, "jvmFlags": ["-D..."], "zkVersion": "3.8", "faultTolerance": 2 },
 *     "oracle": true }
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
  /** Run through real ZooKeeper 3.8 (false for other versions, or what the oracle cannot see). */
  oracle: boolean;
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
  config?: string;
}

export function loadFixtures(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const { rule, name, dir, json } of caseFolders<CaseJson>(FIXTURES)) {
    const options: LintOptions = { onHost: true, cwd: dir, ...(json.options ?? {}) };
    const version = options.zkVersion ?? '3.8';
    out.push({
      rule,
      name,
      dir,
      description: json.description,
      expect: json.expect,
      options,
      oracle: json.oracle ?? version === '3.8',
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
