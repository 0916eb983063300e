/** "Did you mean" for keys and rule ids: case-insensitive match first, then small edit distance. */

export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

interface Prepared {
  lower: string[];
  /** Answers already given for this candidate list: a fleet repeats its typos on every node. */
  answers: Map<string, string | undefined>;
}

const prepared = new WeakMap<readonly string[], Prepared>();
const MAX_REMEMBERED = 4096;

function prepare(candidates: readonly string[]): Prepared {
  let p = prepared.get(candidates);
  if (!p) prepared.set(candidates, (p = { lower: candidates.map((c) => c.toLowerCase()), answers: new Map() }));
  return p;
}

export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const p = prepare(candidates);
  if (p.answers.has(input)) return p.answers.get(input);
  const answer = nearest(input, candidates, p.lower);
  if (p.answers.size < MAX_REMEMBERED) p.answers.set(input, answer);
  return answer;
}

function nearest(input: string, candidates: readonly string[], lowerCandidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const exact = lowerCandidates.indexOf(lower);
  if (exact >= 0) return candidates[exact];
  const max = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestD = max + 1;
  for (let i = 0; i < candidates.length; i++) {
    const d = editDistance(lower, lowerCandidates[i] as string, max);
    if (d < bestD) {
      bestD = d;
      best = candidates[i];
    }
  }
  return best;
}
