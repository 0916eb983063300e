/** The diagnostic contract shared by the library and `--format json`. */

export type Severity = 'error' | 'warning' | 'info';

/** What ZooKeeper itself does about the cause of a diagnostic. */
export type ZkEffect = 'fatal' | 'warning' | 'silent';

export interface ZkBehaviour {
  /** `fatal`: refuses to start; `warning`: logs and starts; `silent`: starts without a word. */
  effect: ZkEffect;
  /** The text real ZooKeeper 3.8 prints (log or stderr) for this cause, when it prints one. */
  says?: string;
}

/** A place in a file: 1-based lines and columns; the end column is exclusive. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation extends Location {
  message?: string;
}

/** One edit of a fix: replace `[start, end)` (offsets in the linted text of `file`) with `text`. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

/** A mechanical repair of a finding; `safe` ones keep ZooKeeper's behaviour what the user meant. */
export interface DiagnosticFix {
  safe: boolean;
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic extends Location {
  ruleId: string;
  /** Which of the rule's messages this is (stable across releases and languages). */
  messageId: string;
  severity: Severity;
  message: string;
  hint?: string;
  docsUrl?: string;
  related?: RelatedLocation[];
  zookeeper?: ZkBehaviour;
  fix?: DiagnosticFix;
  /** Set on suppressed findings: an inline `zklint-disable…` comment or a baseline entry. */
  suppressions?: Suppression[];
  /**
   * Set on the summary that ends a long list: how many further findings of this rule in this file
   * it stands for, not listed one by one (only the first 1,000 per rule and file are). Counts
   * (exit codes, --max-warnings, summaries) include them.
   */
  omitted?: number;
}

export interface Suppression {
  kind: 'inSource' | 'external';
  justification?: string;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Findings silenced by inline comments or a baseline (only when asked for with keepSuppressed). */
  suppressed?: Diagnostic[];
}

export interface LintResult {
  results: FileResult[];
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file === b.file ? 0 : a.file.localeCompare(b.file)) ||
    a.line - b.line ||
    a.column - b.column ||
    order[a.severity] - order[b.severity] ||
    (a.ruleId === b.ruleId ? 0 : compareIds(a.ruleId, b.ruleId))
  );
}

/** Lower-case ASCII ids (every built-in rule) order the same by code unit as by localeCompare, without loading ICU's collator. */
const PLAIN_ID = /^[a-z0-9-]*$/;
function compareIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const d of r.diagnostics) counts[d.severity] += 1 + (d.omitted ?? 0);
  return counts;
}
