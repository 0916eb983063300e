/** `--rule id:severity`: every id must name a rule this run knows (built-in, per-file or ensemble). */
import { UsageError, type CliArgs } from './args.js';
import { suggest } from '../util/suggest.js';

export function checkRuleFlags(rules: CliArgs['rules'], known: readonly string[]): void {
  if (rules === undefined) return;
  for (const id of Object.keys(rules)) {
    if (known.includes(id)) continue;
    const near = suggest(id, known);
    throw new UsageError(`--rule: unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}`);
  }
}
