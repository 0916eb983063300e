/**
 * The command's own advice: the library never names a command-line flag, so where a finding's fix
 * is a flag of this command, the CLI adds it to the hint here, keyed by rule and message id.
 */
import type { LintResult } from '../diagnostic.js';

const ADVICE: ReadonlyMap<string, string> = new Map([
  ['config-unreadable/too-large', 'Raise the limit with --max-file-size.'],
  ['data-dir-not-checked/absent', 'Pass --root DIR for a rendered tree, or --on-host on the server.'],
  ['data-dir-not-checked/absentMyid', 'Pass --myid N when the id is known from inventory, --root DIR for a rendered tree, or --on-host on the server.'],
  ['data-dir-not-checked/relative', 'Pass --on-host on the server (relative paths resolve against its working directory).'],
  ['data-dir-not-checked/relativeMyid', 'Pass --myid N when the id is known from inventory, or --on-host on the server (relative paths resolve against its working directory).'],
  ['key-not-in-version/tooNew', 'If zklint assumed the wrong ZooKeeper release, name yours with --zk-version.'],
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
