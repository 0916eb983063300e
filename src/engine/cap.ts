/**
 * A bound on what one rule says about one file: the first MAX_PER_RULE_FILE findings are listed,
 * the rest become one summary finding that carries their number (`omitted`), so a config with
 * 500,000 unknown keys yields a readable report, while exit codes and --max-warnings still count
 * every finding (see `weightOf`).
 */
import type { Diagnostic } from '../diagnostic.js';

export const MAX_PER_RULE_FILE = 1000;

/** How many findings a diagnostic stands for: 1, or 1 + the findings its summary left out. */
export function weightOf(d: Diagnostic): number {
  return 1 + (d.omitted ?? 0);
}

/** `diags` sorted (compareDiagnostics): keeps each rule's first `max` findings per file, then one summary. */
export function capPerRuleAndFile(diags: Diagnostic[], max = MAX_PER_RULE_FILE): Diagnostic[] {
  if (diags.length <= max) return diags;
  const count = new Map<string, number>();
  const summary = new Map<string, Diagnostic>();
  const out: Diagnostic[] = [];
  for (const d of diags) {
    const key = `${d.ruleId}\0${d.file}`;
    const n = (count.get(key) ?? 0) + weightOf(d);
    count.set(key, n);
    if (n <= max) {
      out.push(d);
      continue;
    }
    const s = summary.get(key);
    if (s) {
      s.omitted = (s.omitted ?? 0) + weightOf(d);
      continue;
    }
    // The first finding past the limit stands for itself and every later one.
    const first: Diagnostic = { ...d, omitted: (d.omitted ?? 0), related: undefined, fix: undefined };
    summary.set(key, first);
    out.push(first);
  }
  for (const s of summary.values()) {
    const more = weightOf(s);
    s.message = `${more} more finding${more === 1 ? '' : 's'} of ${s.ruleId} in this file, from this line on, are not listed (only the first ${max} are). The first of them: ${s.message}`;
  }
  return out;
}
