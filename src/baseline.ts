/**
 * Baselines: `--write-baseline FILE` records today's findings by stable fingerprint (rule,
 * repo-relative file, the finding's line text (none for whole-file findings) and message — not
 * its line number), and
 * `--baseline FILE` then reports only findings not recorded. Each recorded entry absorbs one
 * finding, so a second copy of a recorded problem is still new.
 */
import { InputFileError, readInputFile } from './util/read-input.js';
import type { Diagnostic, LintResult } from './diagnostic.js';
import { writeFileAtomic } from './util/write-atomic.js';
import { findings } from './format/common.js';
import type { FormatContext } from './format/types.js';

export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
  message: string;
}

export interface Baseline {
  zklintBaseline: 1;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

export function makeBaseline(result: LintResult, ctx: FormatContext): Baseline {
  return {
    zklintBaseline: 1,
    findings: findings(result, ctx).map((f) => ({ ruleId: f.d.ruleId, file: f.rel, fingerprint: f.fingerprint, message: f.d.message })),
  };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readInputFile(file, 'baseline'));
  } catch (e) {
    if (e instanceof InputFileError) throw new BaselineError(e.message);
    throw new BaselineError(`cannot read baseline ${file}: ${(e as Error).message}`);
  }
  const b = data as Partial<Baseline>;
  if (!b || b.zklintBaseline !== 1 || !Array.isArray(b.findings) || !b.findings.every((f) => f && typeof f.fingerprint === 'string')) {
    throw new BaselineError(`${file} is not a zklint baseline (write one with --write-baseline)`);
  }
  return b as Baseline;
}

/** Moves findings recorded in the baseline out of `diagnostics` (into `suppressed` when kept). */
export function applyBaseline(result: LintResult, baseline: Baseline, ctx: FormatContext, keepSuppressed = false): LintResult {
  const left = new Map<string, number>();
  for (const f of baseline.findings) left.set(f.fingerprint, (left.get(f.fingerprint) ?? 0) + 1);
  const known = new Set<Diagnostic>();
  for (const f of findings(result, ctx)) {
    const n = left.get(f.fingerprint) ?? 0;
    if (n > 0) {
      left.set(f.fingerprint, n - 1);
      known.add(f.d);
    }
  }
  return {
    results: result.results.map((r) => {
      const kept = r.diagnostics.filter((d) => !known.has(d));
      const out = { ...r, diagnostics: kept };
      if (keepSuppressed) {
        const moved = r.diagnostics.filter((d) => known.has(d)).map((d) => ({ ...d, suppressions: [{ kind: 'external' as const, justification: 'recorded in the baseline' }] }));
        if (moved.length) out.suppressed = [...(r.suppressed ?? []), ...moved];
      }
      return out;
    }),
  };
}
