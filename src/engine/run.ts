/**
 * Runs rules: resolves each rule's severity and options from the settings (and whether it applies
 * to the ZooKeeper version at all), collects reports and turns them into diagnostics.
 */
import type { Diagnostic, DiagnosticFix, Location, RelatedLocation, Severity, ZkBehaviour } from '../diagnostic.js';
import { MAX_RELATED, type Report, type Rule, type RuleContext, type RuleMeta, type RuleSetting, type RuleSettings, type FixSpec, type Target } from '../rule.js';
import type { ZkModel } from '../model/zk-model.js';
import { inRange } from '../model/version.js';
import { locate } from './locate.js';
import { behaviourFor, hintText, messageText } from './words.js';
import { MAX_PER_RULE_FILE } from './cap.js';
import { Suppressions, type Match } from './suppress.js';

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

/** Related places past MAX_RELATED are left out (rules that build them with `relatedOf` never make them). */
function firstRelated<T>(related: readonly T[]): readonly T[] {
  return related.length > MAX_RELATED ? related.slice(0, MAX_RELATED) : related;
}

/** ZooKeeper's words quote the value too (`For input string: "…"`): clipped like the message. */
function clipSays(b: ZkBehaviour): ZkBehaviour {
  return b.says !== undefined && b.says.length > MAX_WORDS ? { effect: b.effect, says: clip(b.says) } : b;
}

/** Turns a rule's report into a diagnostic, its words taken from the rule's message table. */
export function toDiagnostic(resolved: Resolved, report: Report, version: string, located?: Location): Diagnostic {
  const { rule } = resolved;
  const at = located ?? locate(report.at);
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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A report kept for later: its place, its order among all reports of the run, and what makes its diagnostic. */
interface Pending {
  seq: number;
  line: number;
  column: number;
  sev: number;
  resolved: ResolvedRule;
  report: Report;
  at: Location;
  /** The directives that silence it (it then goes to the suppressed findings). */
  match: Match | undefined;
}

/** compareDiagnostics within one rule and file (line, column, severity), then report order (the sort is stable). */
function comparePending(a: Pending, b: Pending): number {
  return a.line - b.line || a.column - b.column || a.sev - b.sev || a.seq - b.seq;
}

/**
 * One rule's reports on one file, when only the first MAX_PER_RULE_FILE + 1 of them (in diagnostic
 * order) can ever be shown: those are kept, the others only counted.
 */
class Bucket {
  kept: Pending[] = [];
  sorted = false;
  /** Reports after the first `limit` + 1, in diagnostic order: dropped, counted. */
  dropped = 0;
  constructor(private readonly limit: number) {}

  /** Whether a report at this place, made next, could be shown (else it is surely only counted). */
  shows(line: number, column: number, sev: number): boolean {
    const kept = this.kept;
    if (kept.length <= this.limit) return true;
    if (!this.sorted) {
      kept.sort(comparePending);
      this.sorted = true;
    }
    const last = kept[kept.length - 1] as Pending;
    // Made after every kept report: at the same place as the last kept one, it sorts after it.
    return (line - last.line || column - last.column || sev - last.sev) < 0;
  }

  add(p: Pending): void {
    const kept = this.kept;
    if (kept.length <= this.limit) {
      kept.push(p);
      return;
    }
    if (!this.sorted) {
      kept.sort(comparePending);
      this.sorted = true;
    }
    this.dropped++;
    // Reports usually come in file order: the new one is after every kept one and is dropped.
    if (comparePending(p, kept[kept.length - 1] as Pending) > 0) return;
    let lo = 0;
    let hi = kept.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePending(kept[mid] as Pending, p) < 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, p);
    kept.pop();
  }
}

export interface RunOptions {
  /**
   * The caller keeps only the first MAX_PER_RULE_FILE findings per rule and file (capPerRuleAndFile)
   * right after this run, with no other findings merged in, and matches no suppression afterwards
   * (it passes the directives it honours as `suppressions`). Then each rule's reports past the first
   * MAX_PER_RULE_FILE + 1 per file (suppressed ones counted apart) are counted instead of turned into
   * diagnostics: the last one kept carries their number in `omitted`, and the cap makes the same
   * summary of it.
   */
  capPerRuleAndFile?: boolean;
  /**
   * The inline directives to honour in the model's files: each finding is matched as it is reported,
   * and one they silence carries its `suppressions` (the directives count as used). Without it no
   * finding is matched here.
   */
  suppressions?: Suppressions;
}

export function runRules(model: ZkModel, rules: readonly ResolvedRule[], run: RunOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dynamicOnly = model.kind === 'dynamic';
  const version = model.version;
  const index = run.suppressions;
  const capped = run.capPerRuleAndFile === true;
  // Capped: each rule's reports per file (most rules report on one file: the map is made on a second file).
  let seq = 0;
  let buckets: Map<string, Bucket> | undefined;
  let firstFile: string | undefined;
  let firstBucket: Bucket | undefined;
  const allBuckets: Bucket[] = [];
  // A rule asks `shown`, then reports, with one entry target: it is located once. Compared by its
  // entry and part, not by object identity, so that a target changed in between is located again.
  let lastOcc: unknown;
  let lastPart: unknown;
  let lastLocation: Location | undefined;
  const remember = (t: Target, at: Location) => {
    lastOcc = 'occ' in t ? t.occ : undefined;
    lastPart = 'occ' in t ? t.part : undefined;
    lastLocation = at;
  };
  const sameTarget = (t: Target) => lastOcc !== undefined && 'occ' in t && t.occ === lastOcc && t.part === lastPart && typeof lastPart !== 'object';
  // Suppressed findings are capped apart from the others (as lint.ts's group() caps the two lists).
  const SUPPRESSED = '\0suppressed\0';
  // One context for every rule of this file (rules report synchronously, and a context is only
  // valid during its check call).
  let current = rules[0] as ResolvedRule;
  const bucketFor = (file: string): Bucket => {
    if (firstBucket === undefined || file === firstFile) {
      if (firstBucket === undefined) {
        firstFile = file;
        allBuckets.push((firstBucket = new Bucket(MAX_PER_RULE_FILE)));
      }
      return firstBucket;
    }
    let b = (buckets ??= new Map()).get(file);
    if (!b) {
      buckets.set(file, (b = new Bucket(MAX_PER_RULE_FILE)));
      allBuckets.push(b);
    }
    return b;
  };
  const context: RuleContext<Record<string, unknown>> = {
    model,
    options: {},
    report: capped
      ? (r) => {
          const at = sameTarget(r.at) ? (lastLocation as Location) : locate(r.at);
          const match = index?.match(current.rule.id, at.file, at.line);
          const bucket = bucketFor(match === undefined ? at.file : SUPPRESSED + at.file);
          bucket.add({ seq: seq++, line: at.line, column: at.column, sev: SEVERITY_ORDER[r.severity ?? current.severity], resolved: current, report: r, at, match });
        }
      : index
        ? (r) => {
            const d = toDiagnostic(current, r, version);
            const match = index.match(current.rule.id, d.file, d.line);
            if (match !== undefined) d.suppressions = Suppressions.suppressionsOf(match);
            out.push(d);
          }
        : (r) => {
            out.push(toDiagnostic(current, r, version));
          },
  };
  if (capped) {
    context.shown = (target, severity) => {
      const at = locate(target);
      remember(target, at);
      const suppressed = index?.match(current.rule.id, at.file, at.line, false) !== undefined;
      return bucketFor(suppressed ? SUPPRESSED + at.file : at.file).shows(at.line, at.column, SEVERITY_ORDER[severity ?? current.severity]);
    };
  }
  for (const resolved of rules) {
    if (dynamicOnly && resolved.rule.scope !== 'any') continue;
    current = resolved;
    context.options = resolved.options;
    firstBucket = undefined;
    buckets = undefined;
    try {
      resolved.rule.check(context);
    } catch (e) {
      throw new Error(`rule ${resolved.rule.id} failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    }
  }
  if (!capped) return out;
  // In report order, as without the cap (the later sort is stable).
  const pending: Pending[] = [];
  const carriers = new Map<Pending, number>();
  for (const b of allBuckets) {
    for (const p of b.kept) pending.push(p);
    if (b.dropped > 0) carriers.set(b.kept[b.kept.length - 1] as Pending, b.dropped);
  }
  pending.sort((a, b) => a.seq - b.seq);
  for (const p of pending) {
    const d = toDiagnostic(p.resolved, p.report, version, p.at);
    if (p.match !== undefined) d.suppressions = Suppressions.suppressionsOf(p.match);
    const dropped = carriers.get(p);
    if (dropped !== undefined) d.omitted = dropped;
    out.push(d);
  }
  return out;
}
