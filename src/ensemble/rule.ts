/** Running ensemble rules over one ensemble (the rules themselves are made with `defineEnsembleRule`). */
import type { Diagnostic } from '../diagnostic.js';
import { resolveSetting, toDiagnostic } from '../engine/run.js';
import type { EnsembleRule, RuleSetting, RuleSettings } from '../rule.js';
import type { Ensemble } from './types.js';

export type { Ensemble, MembershipView } from './types.js';
export { defineEnsembleRule, type EnsembleRule, type EnsembleRuleDefinition, type EnsembleRuleContext } from '../rule.js';

/** The rule's severity and options under a linter-config setting (`'off'` → undefined), as for per-file rules. */
export const resolveEnsembleRule = (rule: EnsembleRule, setting: RuleSetting | undefined) => resolveSetting(rule, setting);

export function runEnsembleRules(ensemble: Ensemble, rules: readonly EnsembleRule[], settings: RuleSettings, version: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const r = resolveEnsembleRule(rule, Object.hasOwn(settings, rule.id) ? settings[rule.id] : undefined);
    if (!r) continue;
    try {
      rule.check({ ensemble, options: r.options, report: (rep) => out.push(toDiagnostic(r, rep, version)) });
    } catch (e) {
      throw new Error(`rule ${rule.id} failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
  }
  return out;
}
