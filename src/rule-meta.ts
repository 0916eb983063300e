/**
 * What every rule, per-file (`defineRule`) or ensemble (`defineEnsembleRule`), tells the world
 * about itself: the metadata the linter-config schema, the rule index, SARIF and the docs use.
 */
import type { Severity, ZkBehaviour } from './diagnostic.js';
import type { RuleDocs } from './rule.js';

export interface RuleMeta {
  /** kebab-case, stable: used in configs, suppressions, SARIF. */
  readonly id: string;
  readonly severity: Severity;
  readonly docs: RuleDocs;
  readonly zookeeper: ZkBehaviour;
  /** JSON Schema of the options object (merged into the linter-config schema). */
  readonly optionsSchema?: Record<string, unknown>;
  /** `ensemble` for rules that see every node of one ensemble at once; absent for per-file rules. */
  readonly kind?: 'ensemble';
}
