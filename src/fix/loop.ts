/**
 * The fix loop: lint, apply the non-overlapping fixes, lint again, until no fix applies or the
 * pass limit is reached. Pure: the caller says how to lint a set of texts; nothing is read or
 * written here.
 */
import type { Diagnostic, DiagnosticFix } from '../diagnostic.js';
import { applyEdits, selectFixes } from './apply.js';

export interface FixLoopOptions {
  /** Also apply unsafe fixes (they change what ZooKeeper does). Default false. */
  unsafe?: boolean;
  /** Upper bound on lint-and-fix passes (default 10). */
  maxPasses?: number;
}

export interface FixLoopResult {
  /** Every text after fixing (the same keys as given). */
  texts: Map<string, string>;
  /** The fixes applied, pass after pass. */
  applied: DiagnosticFix[];
  /** Lint passes that applied at least one fix. */
  passes: number;
  /** The findings of the final texts. */
  diagnostics: Diagnostic[];
  /** false when the pass limit stopped the loop while fixes were still applying. */
  converged: boolean;
}

export const DEFAULT_MAX_PASSES = 10;

/** Whether a finding's fix may be applied under these options. */
export function wanted(d: Diagnostic, unsafe: boolean): d is Diagnostic & { fix: DiagnosticFix } {
  return d.fix !== undefined && (d.fix.safe || unsafe);
}

/**
 * Fixes a set of texts (file → text): `lint` must lint exactly those texts and return every finding
 * (edits on files outside the set are never applied). Relints after each pass, since fixed text
 * moves every later offset and one fix may make or remove another finding.
 */
export function fixLoop(
  input: ReadonlyMap<string, string>,
  lint: (texts: ReadonlyMap<string, string>) => Diagnostic[],
  options: FixLoopOptions = {},
): FixLoopResult {
  const texts = new Map(input);
  const unsafe = options.unsafe ?? false;
  const maxPasses = Math.max(1, options.maxPasses ?? DEFAULT_MAX_PASSES);
  const applied: DiagnosticFix[] = [];
  let passes = 0;
  for (;;) {
    const diagnostics = lint(texts);
    const candidates = diagnostics.filter((d) => wanted(d, unsafe)).map((d) => d.fix as DiagnosticFix);
    const { picked } = selectFixes(candidates, (f) => texts.get(f)?.length);
    let changed = false;
    if (picked.length > 0 && passes < maxPasses) {
      const byFile = new Map<string, DiagnosticFix['edits']>();
      for (const f of picked) for (const e of f.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
      for (const [file, edits] of byFile) {
        const before = texts.get(file) as string;
        const after = applyEdits(before, edits);
        if (after !== before) {
          texts.set(file, after);
          changed = true;
        }
      }
    }
    // A pass whose fixes change nothing ends the loop too (a fix that rewrites text as it was).
    if (!changed) return { texts, applied, passes, diagnostics, converged: picked.length === 0 || passes < maxPasses };
    applied.push(...picked);
    passes++;
  }
}
