/**
 * Offset → line/column conversion for decoded config text.
 * `\r\n`, `\r` and `\n` each count as one line break (the same set Properties.load knows).
 */

/**
 * Walks the line breaks of `text`: the number of lines, and, when `starts` is given, each line's
 * first offset written into it (the first line's 0 is left as it is).
 */
function walkBreaks(text: string, starts?: Int32Array): number {
  let k = 1;
  if (text.indexOf('\r') < 0) {
    // LF only (the usual case): let the native search find the breaks.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (starts) starts[k] = i + 1;
      k++;
    }
    return k;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    if (starts) starts[k] = i + 1;
    k++;
  }
  return k;
}

/**
 * Offsets at which each line starts; always begins with 0. An Int32Array of exactly the lines'
 * count (the breaks are counted first): a number array grown by pushing had taken twice the bytes,
 * and left its outgrown copies behind (~1.5 MB on 100,000 lines).
 */
export function lineStarts(text: string): Int32Array {
  const starts = new Int32Array(walkBreaks(text));
  walkBreaks(text, starts);
  return starts;
}

/** 1-based line and column (in UTF-16 code units) of `offset`, given `lineStarts(text)`. */
export function positionOf(starts: ArrayLike<number>, offset: number): { line: number; column: number } {
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
