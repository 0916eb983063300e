/**
 * Rules are plain typed objects made with `defineRule`. A rule reads the ZooKeeper model and
 * reports findings; the engine turns reports into diagnostics (positions, severity, docs link).
 */
import type { RelatedLocation, Severity, ZkBehaviour } from './diagnostic.js';
import type { Occurrence } from './model/config-file.js';
import type { SourceFile } from './load/source.js';
import type { Span } from './load/properties-types.js';
import type { ZkModel } from './model/zk-model.js';

/** Where a finding is: an entry (its key, its value, or a part of its value), a span, or a whole file. */
export type Target =
  | { occ: Occurrence; part?: 'key' | 'value' | 'line' | { start: number; end: number } }
  | { file: SourceFile; span: Span }
  | { file: string };

export interface Report {
  message: string;
  at: Target;
  hint?: string;
  related?: Array<{ at: Target; message?: string }>;
  /** Overrides the rule's default description of what ZooKeeper does. */
  zookeeper?: ZkBehaviour;
  /** Overrides the configured severity for this one finding (rare; e.g. an info note). */
  severity?: Severity;
}

/**
 * What a rule's `check` gets. Valid only during that call: the engine reuses one context for all
 * rules of a file, so keep `model` or `options`, never the context itself.
 */
export interface RuleContext<Options> {
  model: ZkModel;
  options: Options;
  report(report: Report): void;
}

export interface RuleDocs {
  /** One line: what the rule finds. */
  description: string;
  /** ZooKeeper releases the rule applies to, e.g. "3.5+" or "all". */
  versions: string;
}

export interface RuleDefinition<Options extends object = Record<string, never>> {
  /** kebab-case, stable: used in configs, suppressions, SARIF. */
  id: string;
  severity: Severity;
  docs: RuleDocs;
  /** What ZooKeeper does about this cause by default. */
  zookeeper: ZkBehaviour;
  /** Which files the rule reads: `config` (zoo.cfg, the default) or `any` (also dynamic membership files). */
  scope?: 'config' | 'any';
  /** JSON Schema of the options object (merged into the linter-config schema). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Options;
  /** Options that may be filled from CLI flags or top-level settings. */
  check(context: RuleContext<Options>): void;
}

export interface Rule<Options extends object = any> extends RuleDefinition<Options> {
  readonly defaultOptions: Options;
  /** One line: what the rule finds (the same text as `docs.description`). */
  readonly description: string;
}

export function defineRule<Options extends object = Record<string, never>>(def: RuleDefinition<Options>): Rule<Options> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(def.id)) throw new Error(`rule id must be kebab-case: ${def.id}`);
  return Object.freeze({ ...def, description: def.docs.description, defaultOptions: def.defaultOptions ?? ({} as Options) });
}

/** Per-rule setting in a linter config: off, a severity, or severity with options. */
export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };
export type RuleSettings = Record<string, RuleSetting>;

export type { Occurrence, RelatedLocation };
