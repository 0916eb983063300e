/**
 * Ensemble rules: like per-file rules (`defineRule`), but they see every node of one ensemble at
 * once and report on one node's file with `related` locations in the others. Severity `error`
 * means the ensemble will not work as configured (no quorum, two quorums, a node that cannot run
 * or never joins); `warning` what works but is fragile or wrong; `info` notes.
 */
import type { Diagnostic, Severity, ZkBehaviour } from '../diagnostic.js';
import { resolveSetting, toDiagnostic } from '../engine/run.js';
import type { Report, RuleDocs, RuleSetting, RuleSettings } from '../rule.js';
import type { ZkModel } from '../model/zk-model.js';
import type { EnsembleNode } from './node.js';
import type { QuorumView } from './quorum.js';

export interface MembershipView {
  /** A canonical text of the membership (ids, addresses, roles, groups, weights). */
  signature: string;
  model: ZkModel;
  holders: EnsembleNode[];
}

export interface Ensemble {
  name: string;
  nodes: EnsembleNode[];
  /** Distinct memberships among the nodes, most widely held first. */
  views: MembershipView[];
  /** The quorum of the most widely held membership. */
  quorum: QuorumView | undefined;
  /** server id or host → zone, as given. */
  zones: ReadonlyMap<string, string>;
  /** The --fault-tolerance target, when given. */
  faultTolerance?: number;
}

export interface EnsembleRuleContext<Options> {
  ensemble: Ensemble;
  options: Options;
  report(report: Report): void;
}

export interface EnsembleRuleDefinition<Options extends object = Record<string, never>> {
  id: string;
  severity: Severity;
  docs: RuleDocs;
  zookeeper: ZkBehaviour;
  /** JSON Schema of the options object (merged into the linter-config schema). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Options;
  check(context: EnsembleRuleContext<Options>): void;
}

export interface EnsembleRule<Options extends object = any> extends EnsembleRuleDefinition<Options> {
  readonly kind: 'ensemble';
  readonly defaultOptions: Options;
}

export function defineEnsembleRule<Options extends object = Record<string, never>>(def: EnsembleRuleDefinition<Options>): EnsembleRule<Options> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(def.id)) throw new Error(`rule id must be kebab-case: ${def.id}`);
  return Object.freeze({ ...def, kind: 'ensemble' as const, defaultOptions: def.defaultOptions ?? ({} as Options) });
}

/** The rule's severity and options under a linter-config setting (`'off'` → undefined), as for per-file rules. */
export const resolveEnsembleRule = (rule: EnsembleRule, setting: RuleSetting | undefined) => resolveSetting(rule, setting);

export function runEnsembleRules(ensemble: Ensemble, rules: readonly EnsembleRule[], settings: RuleSettings = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const r = resolveEnsembleRule(rule, Object.hasOwn(settings, rule.id) ? settings[rule.id] : undefined);
    if (!r) continue;
    const report = (rep: Report) => out.push(toDiagnostic(r, rep));
    try {
      rule.check({ ensemble, options: r.options, report });
    } catch (e) {
      throw new Error(`rule ${rule.id} failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
  }
  return out;
}
