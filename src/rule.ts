/**
 * Rules are data: `defineRule` (per-file) and `defineEnsembleRule` (every node of one ensemble at
 * once) make frozen objects that say who they are (id, severity, versions, what ZooKeeper does),
 * what they can say (`messages`, `hints`, by message id) and how to check (`check`). The engine runs
 * them; it never imports one.
 */
import type { Location, RelatedLocation, Severity, ZkEffect } from './diagnostic.js';
import type { Occurrence } from './model/config-file.js';
import type { SourceFile } from './load/source.js';
import type { Span } from './load/properties-types.js';
import type { ZkModel } from './model/zk-model.js';
import type { Ensemble } from './ensemble/types.js';
import type { VersionRange } from './model/version.js';

/** Where a finding is: an entry (its key, its value, or a part of its value), a span, or a whole file. */
export type Target =
  | { occ: Occurrence; part?: 'key' | 'value' | 'line' | { start: number; end: number } }
  | { file: SourceFile; span: Span }
  | { file: string }
  /** A place already located (a line of a compose file or Kubernetes manifest). */
  | { loc: Location };

/** Words: fixed text, or text made from a finding's arguments. */
export type Words<A = any> = string | ((args: A) => string);

/** What ZooKeeper says, where its words differ between releases: the first matching range wins. */
export interface VersionedSays {
  since?: string;
  until?: string;
  says: string;
}

/** What ZooKeeper does about a cause, as rule metadata (`says` may differ per release). */
export interface ZkBehaviourSpec {
  effect: ZkEffect;
  says?: string | readonly VersionedSays[];
}

/** One text edit: replace `[start, end)` of `file`'s text (offsets in the linted text) by `text`. */
export interface FixEdit {
  /** The edited file; defaults to the file the finding is on. */
  file?: SourceFile;
  start: number;
  end: number;
  text: string;
}

/**
 * A mechanical repair. `safe`: ZooKeeper's behaviour after the fix is what the user evidently
 * meant and nothing else changes. Unsafe fixes change what ZooKeeper does and need consent.
 */
export interface FixSpec {
  safe: boolean;
  /** Imperative, short: "Remove the byte order mark". */
  title: string;
  edits: readonly FixEdit[];
}

export interface RelatedReport {
  at: Target;
  messageId?: string;
  args?: unknown;
}

/**
 * At most this many related places per finding (the engine keeps no more): a rule naming every
 * other server line of a 100,000-line config would otherwise hold, and every format print,
 * 100,000 places.
 */
export const MAX_RELATED = 1000;

/**
 * A report's related places: `make` applied to `items` from index `from`, stopping at
 * MAX_RELATED, so that those past the cap are never built.
 */
export function relatedOf<T>(items: readonly T[], make: (item: T) => RelatedReport, from = 0): RelatedReport[] {
  const end = Math.min(items.length, from + MAX_RELATED);
  const out: RelatedReport[] = [];
  for (let i = from; i < end; i++) out.push(make(items[i] as T));
  return out;
}

/** A finding as a rule reports it: which message, with which arguments, where. */
export interface Report<Id extends string = string> {
  messageId: Id;
  args?: unknown;
  at: Target;
  related?: readonly RelatedReport[];
  /** Overrides the rule's default description of what ZooKeeper does. */
  zookeeper?: ZkBehaviourSpec;
  /** Overrides the configured severity for this one finding (rare; e.g. an info note). */
  severity?: Severity;
  fix?: FixSpec;
}

/**
 * What a rule's `check` gets. Valid only during that call: the engine reuses one context for all
 * rules of a file, so keep `model` or `options`, never the context itself.
 */
export interface RuleContext<Options, Id extends string = string> {
  model: ZkModel;
  options: Options;
  report(report: Report<Id>): void;
  /**
   * False when a report at `at` (with the rule's severity, or `severity`), made now, would only be
   * counted, never shown: past the first 1,000 findings of the rule in that file. The rule must still
   * report it (it counts), but may skip words that cost to make (a did-you-mean). Absent, or true:
   * the report may be shown in full.
   */
  shown?(at: Target, severity?: Severity): boolean;
}

export interface EnsembleRuleContext<Options, Id extends string = string> {
  ensemble: Ensemble;
  options: Options;
  report(report: Report<Id>): void;
}

export interface RuleDocs {
  /** One line: what the rule finds. */
  description: string;
  /** Where the rule's page is; built-in rules get theirs from the generated index. */
  url?: string;
}

interface CommonDefinition<Options extends object, M extends Record<string, Words>> {
  /** kebab-case, stable: used in configs, suppressions, SARIF. */
  id: string;
  severity: Severity;
  /** The ZooKeeper releases the rule applies to; the engine does not run it for others. */
  versions: VersionRange;
  docs: RuleDocs;
  /** What ZooKeeper does about this cause by default. */
  zookeeper: ZkBehaviourSpec;
  /** Every text the rule can report, by message id. */
  messages: M;
  /** The fix, in words, per message id (absent: no hint). */
  hints?: { [K in keyof M]?: Words };
  /** JSON Schema of the options object (merged into the linter-config schema). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Options;
}

export interface RuleDefinition<Options extends object = Record<string, never>, M extends Record<string, Words> = Record<string, Words>>
  extends CommonDefinition<Options, M> {
  /** Which files the rule reads: `config` (zoo.cfg, the default) or `any` (also dynamic membership files). */
  scope?: 'config' | 'any';
  check(context: RuleContext<Options, keyof M & string>): void;
}

export interface EnsembleRuleDefinition<Options extends object = Record<string, never>, M extends Record<string, Words> = Record<string, Words>>
  extends CommonDefinition<Options, M> {
  check(context: EnsembleRuleContext<Options, keyof M & string>): void;
}

/** What every rule tells the world about itself (schema, docs, SARIF, suggestions). */
export interface RuleMeta {
  readonly id: string;
  readonly kind: 'file' | 'ensemble';
  readonly severity: Severity;
  readonly versions: VersionRange;
  readonly docs: RuleDocs;
  readonly zookeeper: ZkBehaviourSpec;
  readonly messages: Readonly<Record<string, Words>>;
  readonly hints?: Readonly<Record<string, Words | undefined>>;
  readonly optionsSchema?: Record<string, unknown>;
  readonly defaultOptions: object;
  /** One line: what the rule finds (the same text as `docs.description`). */
  readonly description: string;
}

export interface Rule<Options extends object = any> extends RuleMeta {
  readonly kind: 'file';
  readonly scope?: 'config' | 'any';
  readonly defaultOptions: Options;
  check(context: RuleContext<Options>): void;
}

export interface EnsembleRule<Options extends object = any> extends RuleMeta {
  readonly kind: 'ensemble';
  readonly defaultOptions: Options;
  check(context: EnsembleRuleContext<Options>): void;
}

export type AnyRule = Rule | EnsembleRule;

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function validate(def: CommonDefinition<object, Record<string, Words>>): void {
  if (!ID.test(def.id)) throw new Error(`rule id must be kebab-case: ${def.id}`);
  if (!def.versions) throw new Error(`rule ${def.id} declares no versions`);
  // for…in, not Object.keys: every rule is checked at every start, and the key arrays were garbage.
  let messages = 0;
  for (const id in def.messages) if (Object.hasOwn(def.messages, id)) messages++;
  if (!def.messages || messages === 0) throw new Error(`rule ${def.id} declares no messages`);
  for (const id in def.hints) {
    if (Object.hasOwn(def.hints, id) && !Object.hasOwn(def.messages, id)) throw new Error(`rule ${def.id}: hint for unknown message ${id}`);
  }
}

/** A checked definition as the frozen rule the engine runs. */
function built<Options extends object>(def: CommonDefinition<Options, Record<string, Words>>, kind: 'file' | 'ensemble') {
  validate(def);
  return Object.freeze({
    ...def,
    kind,
    description: def.docs.description,
    defaultOptions: def.defaultOptions ?? ({} as Options),
  });
}

export function defineRule<Options extends object = Record<string, never>, M extends Record<string, Words> = Record<string, Words>>(
  def: RuleDefinition<Options, M>,
): Rule<Options> {
  return built(def, 'file') as unknown as Rule<Options>;
}

export function defineEnsembleRule<Options extends object = Record<string, never>, M extends Record<string, Words> = Record<string, Words>>(
  def: EnsembleRuleDefinition<Options, M>,
): EnsembleRule<Options> {
  return built(def, 'ensemble') as unknown as EnsembleRule<Options>;
}

/** Per-rule setting in a linter config: off, a severity, or severity with options. */
export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };
export type RuleSettings = Record<string, RuleSetting>;

export type { Occurrence, RelatedLocation, VersionRange };
