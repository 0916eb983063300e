/**
 * Offset → line/column conversion for decoded config text.
 * `\r\n`, `\r` and `\n` each count as one line break (the same set Properties.load knows).
 */

/**
 * Offsets at which each line starts; always begins with 0. An Int32Array of exactly the lines'
 * count (the breaks are counted first): a number array grown by pushing had taken twice the bytes,
 * and left its outgrown copies behind (~1.5 MB on 100,000 lines).
 */
export function lineStarts(text: string): Int32Array {
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // LF only (the usual case): let the native search find the breaks, once to count, once to fill.
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    return starts;
  }
  let count = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      count++;
    }
  }
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts[k++] = i + 1;
    else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      starts[k++] = i + 1;
    }
  }
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
