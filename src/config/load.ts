/**
 * Loads and validates a linter config. This module is imported only when a config file exists.
 * The build precompiles the schema of the built-in rules (per-file and ensemble: rules/catalog.ts)
 * to standalone code (dist/src/config/validate-config.cjs, scripts/generate.mjs), so even then no
 * schema is compiled at run time; ajv compiles it only when that file is missing or for a custom
 * rule list. The rule catalogue itself is loaded only to explain an invalid config.
 */
import { readInputFile } from '../util/read-input.js';
import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { RuleSettings } from '../rule.js';
import type { RuleMeta } from '../rule.js';
import type { ZkVersion } from '../model/version.js';
import { suggest } from '../util/suggest.js';
import { configSchema, TOP_LEVEL_KEYS } from './schema.js';

export class ConfigError extends Error {}

export interface LinterConfig {
  file: string;
  dir: string;
  rules?: RuleSettings;
  zkVersion?: ZkVersion;
  jvmFlags?: string[];
  faultTolerance?: number;
  zones?: Record<string, string>;
  ensembles?: Array<{ name?: string; files: string[] }>;
  ignore?: string[];
}

function describe(e: ErrorObject, rules: readonly RuleMeta[]): string {
  const where = e.instancePath || '(top level)';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    let candidates: string[] = [];
    let what = 'key';
    if (e.instancePath === '') candidates = [...TOP_LEVEL_KEYS];
    else if (e.instancePath === '/rules') {
      candidates = rules.map((r) => r.id);
      what = 'rule';
    } else if (/^\/rules\/[^/]+$/.test(e.instancePath)) candidates = ['severity', 'options'];
    else {
      const m = /^\/rules\/([^/]+)\/options$/.exec(e.instancePath);
      const rule = m ? rules.find((r) => r.id === m[1]?.replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
      const props = (rule?.optionsSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      if (props) candidates = Object.keys(props);
      what = 'option';
    }
    const near = suggest(key, candidates);
    return `unknown ${what} "${key}" at ${where}${near ? ` (did you mean "${near}"?)` : ''}`;
  }
  if (e.keyword === 'enum') return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${e.message ?? 'is invalid'}`;
}

/** Picks the most useful error: an unknown key anywhere, else the deepest one. */
function best(errors: ErrorObject[]): ErrorObject {
  const extra = errors.find((e) => e.keyword === 'additionalProperties');
  if (extra) return extra;
  const real = errors.filter((e) => e.keyword !== 'anyOf');
  const pool = real.length ? real : errors;
  return pool.reduce((a, b) => (b.instancePath.length > a.instancePath.length ? b : a));
}

declare const __ZKLINT_VALIDATOR__: string | undefined;
/** The config validator ajv compiled at build time (scripts/generate.mjs writes it into dist/src/config/). */
const PRECOMPILED = './validate-config.cjs';

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

async function builtinCatalog(): Promise<readonly RuleMeta[]> {
  return (await import('../builtin-registry.js')).builtinRules;
}

/** `rules` undefined: the built-in catalogue, precompiled. */
async function validatorFor(rules: readonly RuleMeta[] | undefined): Promise<Validate> {
  if (rules === undefined) {
    try {
      // Unbundled, the file is beside this one (PRECOMPILED). The CLI bundle (scripts/bundle.mjs,
      // elsewhere in dist/) defines __ZKLINT_VALIDATOR__ as the path from itself: a literal string
      // there, which the bundler can resolve (and keeps external); the other branch is then dead.
      const mod = (typeof __ZKLINT_VALIDATOR__ === 'string' ? await import(__ZKLINT_VALIDATOR__) : await import(PRECOMPILED)) as { default: Validate };
      return mod.default;
    } catch {
      // not built yet (tests from source): compile below
    }
  }
  const { Ajv } = await import('ajv');
  return new Ajv(AJV_OPTIONS).compile(configSchema(rules ?? (await builtinCatalog()))) as Validate;
}

/** Validates a parsed linter config against the schema of `rules` (default: every built-in rule, per-file and ensemble). */
export async function validateConfig(data: unknown, file: string, rules?: readonly RuleMeta[]): Promise<LinterConfig> {
  const validate = await validatorFor(rules);
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    // An anyOf on a rule fails both branches; the object branch's errors are the informative ones for objects.
    throw new ConfigError(`${file}: ${describe(best(errors), rules ?? (await builtinCatalog()))}`);
  }
  const c = data as Omit<LinterConfig, 'file' | 'dir'>;
  return { ...c, file, dir: path.dirname(path.resolve(file)) };
}

export async function loadConfigFile(file: string, rules?: readonly RuleMeta[]): Promise<LinterConfig> {
  let text: string;
  try {
    text = readInputFile(file, 'linter config');
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  return validateConfig(data, file, rules);
}
