/**
 * Applying fixes to text: pure, no I/O. The text is what zklint linted, the Latin-1 decoding of the
 * file's bytes (one char per byte), so every offset is a byte offset and encoding the result back
 * as Latin-1 gives the same bytes outside the edits (CRLF, a missing final newline and non-ASCII
 * bytes all stay as they were).
 */
import type { DiagnosticFix, TextEdit } from '../diagnostic.js';

export interface ApplyResult {
  /** The text with every applied fix's edits made. */
  text: string;
  /** The fixes applied, in the order given. */
  applied: DiagnosticFix[];
  /** Fixes left out: overlapping an applied one (try again on the next pass), on another file, or invalid. */
  skipped: DiagnosticFix[];
}

/** Only Latin-1 characters can be written back byte for byte. */
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

function validEdit(e: TextEdit, length: number): boolean {
  return (
    Number.isInteger(e.start) &&
    Number.isInteger(e.end) &&
    e.start >= 0 &&
    e.start <= e.end &&
    e.end <= length &&
    typeof e.text === 'string' &&
    !NOT_LATIN1.test(e.text)
  );
}

/**
 * Two edits conflict when their ranges overlap, or when both start at the same place (two
 * insertions at one point, or an insertion where the other's replacement begins: the order
 * would be a guess).
 */
function conflicts(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks the fixes that can be applied together: each fix whole (all its edits) or not at all, in
 * the order given, leaving out any that overlaps one already picked. `fileOf` says which text an
 * edit is on; `known` says whether that text is available (and how long it is).
 */
export function selectFixes(
  fixes: readonly DiagnosticFix[],
  lengthOf: (file: string) => number | undefined,
): { picked: DiagnosticFix[]; skipped: DiagnosticFix[] } {
  const taken = new Map<string, TextEdit[]>();
  const picked: DiagnosticFix[] = [];
  const skipped: DiagnosticFix[] = [];
  for (const fix of fixes) {
    let ok = fix.edits.length > 0;
    for (let i = 0; ok && i < fix.edits.length; i++) {
      const e = fix.edits[i] as TextEdit;
      const length = lengthOf(e.file);
      if (length === undefined || !validEdit(e, length)) ok = false;
      else if ((taken.get(e.file) ?? []).some((t) => conflicts(t, e))) ok = false;
      // Edits of one fix must not overlap each other either.
      else if (fix.edits.some((o, j) => j !== i && o.file === e.file && conflicts(o, e))) ok = false;
    }
    if (!ok) {
      skipped.push(fix);
      continue;
    }
    picked.push(fix);
    for (const e of fix.edits) {
      const list = taken.get(e.file);
      if (list) list.push(e);
      else taken.set(e.file, [e]);
    }
  }
  return { picked, skipped };
}

/** Makes non-overlapping edits (all on one text) in one go. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Applies the fixes that do not overlap (the first of two overlapping fixes wins; the other is
 * left for a next pass, after relinting). With `file`, only fixes whose edits are all on that file
 * apply; without it every edit is taken to be on `text`.
 */
export function applyFixes(text: string, fixes: readonly DiagnosticFix[], file?: string): ApplyResult {
  const { picked, skipped } = selectFixes(fixes, (f) => (file === undefined || f === file ? text.length : undefined));
  const edits = picked.flatMap((f) => f.edits);
  return { text: applyEdits(text, edits), applied: picked, skipped };
}

/** The bytes to write for a linted text (the inverse of the Latin-1 decoding zklint reads with). */
export function encodeLatin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
