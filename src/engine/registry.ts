/**
 * The rules a linter runs, given to the engine as data. The engine never imports a rule: whoever
 * makes a linter (the library's default, the command, a user with `createLinter`) hands it a
 * registry, and every pipeline (one file, ensembles, containers, fixes) reads its rules from there.
 */
import type { AnyRule, EnsembleRule, Rule } from '../rule.js';

export interface RuleRegistry {
  /** Every rule, in the order given. */
  readonly all: readonly AnyRule[];
  /** Rules run on each config file. */
  readonly file: readonly Rule[];
  /** Rules run across the nodes of an ensemble (and container files). */
  readonly ensemble: readonly EnsembleRule[];
  /** Ids of the ensemble rules: real ids that do not run on a file linted alone. */
  readonly ensembleIds: readonly string[];
  /** Ids of the per-file rules. */
  readonly fileIds: ReadonlySet<string>;
}

/** One rule object's problem, in words; undefined when it can be run. */
function problemOf(rule: unknown, i: number): string | undefined {
  if (typeof rule !== 'object' || rule === null) return `rules[${i}] is not a rule object (made by defineRule or defineEnsembleRule)`;
  const r = rule as Partial<AnyRule>;
  const name = typeof r.id === 'string' ? `rule ${JSON.stringify(r.id)}` : `rules[${i}]`;
  if (typeof r.id !== 'string' || r.id === '') return `${name} has no id`;
  if (r.kind !== 'file' && r.kind !== 'ensemble') return `${name} is not made by defineRule or defineEnsembleRule (kind is ${JSON.stringify(r.kind)})`;
  if (typeof r.check !== 'function') return `${name} has no check function`;
  if (typeof r.messages !== 'object' || r.messages === null) return `${name} declares no messages`;
  return undefined;
}

/** Checks and sorts the given rules by kind. Throws a TypeError naming the first bad or repeated rule. */
export function createRegistry(rules: readonly AnyRule[]): RuleRegistry {
  if (!Array.isArray(rules)) throw new TypeError('rules must be an array of rules (made by defineRule or defineEnsembleRule)');
  const seen = new Set<string>();
  const file: Rule[] = [];
  const ensemble: EnsembleRule[] = [];
  rules.forEach((rule, i) => {
    const problem = problemOf(rule, i);
    if (problem) throw new TypeError(problem);
    if (seen.has(rule.id)) throw new TypeError(`rule id ${JSON.stringify(rule.id)} is given twice`);
    seen.add(rule.id);
    if (rule.kind === 'file') file.push(rule);
    else ensemble.push(rule);
  });
  return Object.freeze({
    all: Object.freeze([...rules]),
    file: Object.freeze(file),
    ensemble: Object.freeze(ensemble),
    ensembleIds: Object.freeze(ensemble.map((r) => r.id)),
    fileIds: new Set(file.map((r) => r.id)),
  });
}
