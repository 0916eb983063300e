/**
 * Offset → line/column conversion for decoded config text.
 * `\r\n`, `\r` and `\n` each count as one line break (the same set Properties.load knows).
 */

/** Offsets at which each line starts; always begins with 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // LF only (the usual case): let the native search find the breaks.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column (in UTF-16 code units) of `offset`, given `lineStarts(text)`. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  // Binary search for the last line start <= offset.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
