/**
 * The command's own advice: the library never names a command-line flag, so where a finding's fix
 * is a flag of this command, the CLI adds it to the hint here, keyed by rule and message id.
 */
import type { LintResult } from '../diagnostic.js';

const ADVICE: ReadonlyMap<string, string> = new Map([
  ['config-unreadable/too-large', 'Raise the limit with --max-file-size.'],
  ['data-dir-not-checked/absentInRoot', 'On the server: zklint --on-host.'],
  ['data-dir-not-checked/offHost', 'On the server: zklint --on-host; for a rendered tree: --root DIR; with the id from inventory: --myid N.'],
  ['data-dir-not-checked/relativePath', 'On the server: zklint --on-host (run where ZooKeeper starts).'],
  ['myid-option-mismatch/differs', 'If the inventory is right, rewrite the myid file; --myid never overrides what the server reads.'],
]);

/** Adds the command's advice to matching findings' hints (in place; results are the command's own). */
export function addCliAdvice(result: LintResult): void {
  for (const r of result.results) {
    for (const list of [r.diagnostics, r.suppressed ?? []]) {
      for (const d of list) {
        const advice = ADVICE.get(`${d.ruleId}/${d.messageId}`);
        if (advice !== undefined && !(d.hint ?? '').includes(advice)) d.hint = d.hint ? `${d.hint} ${advice}` : advice;
      }
    }
  }
}
