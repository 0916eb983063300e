/**
 * Runs rules over a model: resolves each rule's severity and options from the settings,
 * collects reports and turns them into diagnostics.
 */
import type { Diagnostic, Severity, ZkBehaviour } from '../diagnostic.js';
import { docsUrl } from '../meta.js';
import type { Report, Rule, RuleSetting, RuleSettings } from '../rule.js';
import type { ZkModel } from '../model/zk-model.js';
import { locate } from './locate.js';

/** What the engine needs of any kind of rule (per-file or ensemble) to configure and report it. */
export interface ConfigurableRule {
  id: string;
  severity: Severity;
  zookeeper: ZkBehaviour;
  readonly defaultOptions: object;
}

export interface Resolved<R extends ConfigurableRule> {
  rule: R;
  severity: Severity;
  options: Record<string, unknown>;
}

export type ResolvedRule = Resolved<Rule>;

/** A rule's severity and options under a setting (`'off'` → undefined). */
export function resolveSetting<R extends ConfigurableRule>(rule: R, setting: RuleSetting | undefined): Resolved<R> | undefined {
  let severity: Severity | 'off' = rule.severity;
  let options: Record<string, unknown> = { ...rule.defaultOptions };
  if (typeof setting === 'string') severity = setting;
  else if (setting) {
    if (setting.severity) severity = setting.severity;
    if (setting.options) options = { ...options, ...setting.options };
  }
  return severity === 'off' ? undefined : { rule, severity, options };
}

export function resolveRules(rules: readonly Rule[], settings: RuleSettings = {}): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const r = resolveSetting(rule, Object.hasOwn(settings, rule.id) ? settings[rule.id] : undefined);
    if (r) out.push(r);
  }
  return out;
}

export function toDiagnostic(resolved: Resolved<ConfigurableRule>, report: Report): Diagnostic {
  const { rule } = resolved;
  const d: Diagnostic = {
    ruleId: rule.id,
    severity: report.severity ?? resolved.severity,
    message: report.message,
    ...locate(report.at),
    docsUrl: docsUrl(rule.id),
  };
  if (report.hint) d.hint = report.hint;
  if (report.related?.length) {
    d.related = report.related.map((r) => (r.message ? { ...locate(r.at), message: r.message } : locate(r.at)));
  }
  d.zookeeper = report.zookeeper ?? rule.zookeeper;
  return d;
}

export function runRules(model: ZkModel, rules: readonly ResolvedRule[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One context for all rules (rules report synchronously): no closure per rule per file.
  let current = rules[0] as ResolvedRule;
  const report = (r: Report) => {
    out.push(toDiagnostic(current, r));
  };
  for (const resolved of rules) {
    if (model.kind === 'dynamic' && resolved.rule.scope !== 'any') continue;
    current = resolved;
    const context = { model, options: resolved.options, report };
    try {
      resolved.rule.check(context);
    } catch (e) {
      throw new Error(`rule ${resolved.rule.id} failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
  }
  return out;
}
