/**
 * Runs rules over a model: resolves each rule's severity and options from the settings,
 * collects reports and turns them into diagnostics.
 */
import type { Diagnostic, RelatedLocation, Severity, ZkBehaviour } from '../diagnostic.js';
import { docsUrl } from '../meta.js';
import type { Report, Rule, RuleContext, RuleSetting, RuleSettings } from '../rule.js';
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
  const at = locate(report.at);
  // Every diagnostic has the same fields in the same order (absent ones undefined, which JSON
  // leaves out): one hidden class for sorting, suppressions and formatters.
  return {
    ruleId: rule.id,
    severity: report.severity ?? resolved.severity,
    message: report.message,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    docsUrl: docsUrl(rule.id),
    hint: report.hint || undefined,
    related: report.related?.length ? report.related.map(relatedLocation) : undefined,
    zookeeper: report.zookeeper ?? rule.zookeeper,
  };
}

function relatedLocation(r: NonNullable<Report['related']>[number]): RelatedLocation {
  return r.message ? { ...locate(r.at), message: r.message } : locate(r.at);
}

export function runRules(model: ZkModel, rules: readonly ResolvedRule[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dynamicOnly = model.kind === 'dynamic';
  // One context for every rule of this file (rules report synchronously, and a context is only
  // valid during its check call): no object or closure per rule per file.
  let current = rules[0] as ResolvedRule;
  const context: RuleContext<Record<string, unknown>> = {
    model,
    options: {},
    report(r: Report) {
      out.push(toDiagnostic(current, r));
    },
  };
  for (let i = 0; i < rules.length; i++) {
    const resolved = rules[i] as ResolvedRule;
    if (dynamicOnly && resolved.rule.scope !== 'any') continue;
    current = resolved;
    context.options = resolved.options;
    try {
      resolved.rule.check(context);
    } catch (e) {
      throw new Error(`rule ${resolved.rule.id} failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
  }
  return out;
}
