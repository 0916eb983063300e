/** "Did you mean" for keys and rule ids: case-insensitive match first, then small edit distance. */

// Two rows of the distance table, reused across calls (grown when a longer string comes).
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. O(|a|·|b|) time, no allocation. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (prevRow.length <= m) {
    prevRow = new Int32Array(m + 1);
    curRow = new Int32Array(m + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}

interface Prepared {
  lower: string[];
  /** Lower-cased candidate → its first candidate (a case-insensitive exact match, in O(1)). */
  exact: Map<string, string>;
  /** Which characters each candidate has (see maskOf). */
  masks: Int32Array;
  /** Answers already given for this candidate list: a fleet repeats its typos on every node. */
  answers: Map<string, string | undefined>;
}

const prepared = new WeakMap<readonly string[], Prepared>();
const MAX_REMEMBERED = 4096;

/** A set of the characters of `s` in 32 bits (letters and digits apart; others may share a bit). */
function maskOf(s: string): number {
  let m = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const bit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + ((c - 48) % 6) : c % 32;
    m |= 1 << bit;
  }
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function prepare(candidates: readonly string[]): Prepared {
  let p = prepared.get(candidates);
  if (!p) {
    const lower = candidates.map((c) => c.toLowerCase());
    const exact = new Map<string, string>();
    for (let i = lower.length - 1; i >= 0; i--) exact.set(lower[i] as string, candidates[i] as string);
    prepared.set(candidates, (p = { lower, exact, masks: Int32Array.from(lower, maskOf), answers: new Map() }));
  }
  return p;
}

export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const p = prepare(candidates);
  if (p.answers.has(input)) return p.answers.get(input);
  const answer = p.exact.get(input.toLowerCase()) ?? nearest(input, candidates, p.lower, p.masks);
  if (p.answers.size < MAX_REMEMBERED) p.answers.set(input, answer);
  return answer;
}

// Character counts of the input (code units folded into 128 buckets), for a cheap lower bound.
const counts = new Int32Array(128);

/**
 * A lower bound of the edit distance: one edit mends at most one unmatched character on each
 * side, so the distance is at least the longer length minus the characters both share.
 */
function sharedChars(c: string): number {
  let shared = 0;
  for (let k = 0; k < c.length; k++) {
    const x = c.charCodeAt(k) & 127;
    if ((counts[x] as number) > 0) {
      counts[x]!--;
      shared++;
    }
  }
  return shared;
}

function nearest(input: string, candidates: readonly string[], lowerCandidates: readonly string[], masks: Int32Array): string | undefined {
  const lower = input.toLowerCase(); // no candidate equals it (suggest looked it up)
  const max = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestD = max + 1;
  const mask = maskOf(lower);
  for (let i = 0; i < candidates.length; i++) {
    const c = lowerCandidates[i] as string;
    if (Math.abs(c.length - lower.length) >= bestD) continue;
    // Each character one side has and the other lacks costs an edit: a bound in O(1).
    const cm = masks[i] as number;
    if (popcount(mask & ~cm) >= bestD || popcount(cm & ~mask) >= bestD) continue;
    counts.fill(0);
    for (let k = 0; k < lower.length; k++) counts[lower.charCodeAt(k) & 127]!++;
    if (Math.max(c.length, lower.length) - sharedChars(c) >= bestD) continue;
    const d = editDistance(lower, c, bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = candidates[i];
    }
  }
  return best;
}
