/**
 * Runs rules: resolves each rule's severity and options from the settings (and whether it applies
 * to the ZooKeeper version at all), collects reports and turns them into diagnostics.
 */
import type { Diagnostic, DiagnosticFix, RelatedLocation, Severity, ZkBehaviour } from '../diagnostic.js';
import type { Report, Rule, RuleContext, RuleMeta, RuleSetting, RuleSettings, FixSpec } from '../rule.js';
import type { ZkModel } from '../model/zk-model.js';
import { inRange } from '../model/version.js';
import { locate } from './locate.js';
import { behaviourFor, hintText, messageText } from './words.js';

export interface Resolved<R extends RuleMeta = RuleMeta> {
  rule: R;
  severity: Severity;
  options: Record<string, unknown>;
}

export type ResolvedRule = Resolved<Rule>;

/** A rule's severity and options under a setting (`'off'` → undefined). */
export function resolveSetting<R extends RuleMeta>(rule: R, setting: RuleSetting | undefined): Resolved<R> | undefined {
  let severity: Severity | 'off' = rule.severity;
  let options: Record<string, unknown> = { ...rule.defaultOptions };
  if (typeof setting === 'string') severity = setting;
  else if (setting) {
    if (setting.severity) severity = setting.severity;
    if (setting.options) options = { ...options, ...setting.options };
  }
  return severity === 'off' ? undefined : { rule, severity, options };
}

/** The rules that run for `version` under `settings`: rules outside their versions never run. */
export function resolveRules<R extends RuleMeta>(rules: readonly R[], settings: RuleSettings = {}, version?: string): Resolved<R>[] {
  const out: Resolved<R>[] = [];
  for (const rule of rules) {
    if (version !== undefined && !inRange(version, rule.versions)) continue;
    const r = resolveSetting(rule, Object.hasOwn(settings, rule.id) ? settings[rule.id] : undefined);
    if (r) out.push(r);
  }
  return out;
}

function fixOf(spec: FixSpec, file: string): DiagnosticFix {
  return {
    safe: spec.safe,
    title: spec.title,
    edits: spec.edits.map((e) => ({ file: e.file?.path ?? file, start: e.start, end: e.end, text: e.text })),
  };
}

/** Words quoting a huge value (a 14 MB line) keep their start and end: reports stay readable and small. */
const MAX_WORDS = 2000;
function clip(s: string): string;
function clip(s: string | undefined): string | undefined;
function clip(s: string | undefined): string | undefined {
  if (s === undefined || s.length <= MAX_WORDS) return s;
  return `${s.slice(0, 1200)} … (${s.length - 1600} characters left out) … ${s.slice(s.length - 400)}`;
}

/**
 * At most this many related places per finding (a rule naming every other server line of a
 * 100,000-line config would otherwise put 100,000 places in every report format).
 */
export const MAX_RELATED = 1000;
function firstRelated<T>(related: readonly T[]): readonly T[] {
  return related.length > MAX_RELATED ? related.slice(0, MAX_RELATED) : related;
}

/** ZooKeeper's words quote the value too (`For input string: "…"`): clipped like the message. */
function clipSays(b: ZkBehaviour): ZkBehaviour {
  return b.says !== undefined && b.says.length > MAX_WORDS ? { effect: b.effect, says: clip(b.says) } : b;
}

/** Turns a rule's report into a diagnostic, its words taken from the rule's message table. */
export function toDiagnostic(resolved: Resolved, report: Report, version: string): Diagnostic {
  const { rule } = resolved;
  const at = locate(report.at);
  const messageId = report.messageId;
  const message = messageText(rule, messageId, report.args);
  const hint = hintText(rule, messageId, report.args);
  const related: RelatedLocation[] | undefined = report.related?.length
    ? firstRelated(report.related).map((r) => (r.messageId ? { ...locate(r.at), message: messageText(rule, r.messageId, r.args) } : locate(r.at)))
    : undefined;
  // Every diagnostic has the same fields in the same order (absent ones undefined, which JSON
  // leaves out): one hidden class for sorting, suppressions and formatters.
  return {
    ruleId: rule.id,
    messageId,
    severity: report.severity ?? resolved.severity,
    message: clip(message),
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    docsUrl: rule.docs.url,
    hint: clip(hint),
    related,
    zookeeper: clipSays(behaviourFor(report.zookeeper ?? rule.zookeeper, version)),
    fix: report.fix ? fixOf(report.fix, at.file) : undefined,
  };
}

export function runRules(model: ZkModel, rules: readonly ResolvedRule[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dynamicOnly = model.kind === 'dynamic';
  const version = model.version;
  // One context for every rule of this file (rules report synchronously, and a context is only
  // valid during its check call).
  let current = rules[0] as ResolvedRule;
  const context: RuleContext<Record<string, unknown>> = {
    model,
    options: {},
    report(r) {
      out.push(toDiagnostic(current, r, version));
    },
  };
  for (const resolved of rules) {
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
