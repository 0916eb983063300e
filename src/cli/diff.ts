/**
 * A unified diff (`diff -u` / `git diff` style, 3 lines of context) of two texts, for
 * --fix-dry-run. Texts are Latin-1 decoded bytes; lines split on `\n` (a `\r` stays part of its
 * line, so CRLF survives `patch`), and a last line without a newline is marked as `diff` does.
 */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((l) => `${l}\n`);
  const last = lines[lines.length - 1] as string;
  if (last === '\n') lines.pop();
  else lines[lines.length - 1] = last.slice(0, -1); // no final newline
  return lines;
}

/** The edit script: common prefix and suffix first (fixes are local), then an LCS on the middle. */
function script(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: a[i] as string, a: i, b: i });
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const n = am.length;
  const m = bm.length;
  if (n * m <= 4_000_000) {
    // lcs[i][j]: longest common subsequence of am[i..] and bm[j..].
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      const row = lcs[i] as Uint32Array;
      const next = lcs[i + 1] as Uint32Array;
      for (let j = m - 1; j >= 0; j--) row[j] = am[i] === bm[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i] as string, a: pre + i, b: pre + j });
        i++;
        j++;
      } else if (j < m && (i === n || ((lcs[i] as Uint32Array)[j + 1] as number) >= ((lcs[i + 1] as Uint32Array)[j] as number))) {
        ops.push({ kind: '+', line: bm[j] as string, a: pre + i, b: pre + j });
        j++;
      } else {
        ops.push({ kind: '-', line: am[i] as string, a: pre + i, b: pre + j });
        i++;
      }
    }
    // Deletions before insertions inside each run of changes, as diff prints them.
    for (let k = pre; k < ops.length; ) {
      if (ops[k]?.kind === ' ') {
        k++;
        continue;
      }
      let end = k;
      while (end < ops.length && ops[end]?.kind !== ' ') end++;
      const run = ops.slice(k, end);
      ops.splice(k, run.length, ...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
      k = end;
    }
  } else {
    for (let i = 0; i < n; i++) ops.push({ kind: '-', line: am[i] as string, a: pre + i, b: pre });
    for (let j = 0; j < m; j++) ops.push({ kind: '+', line: bm[j] as string, a: pre + n, b: pre + j });
  }
  for (let k = 0; k < suf; k++) ops.push({ kind: ' ', line: a[a.length - suf + k] as string, a: a.length - suf + k, b: b.length - suf + k });
  return ops;
}

function printLine(kind: string, line: string): string {
  return line.endsWith('\n') ? `${kind}${line}` : `${kind}${line}\n\\ No newline at end of file\n`;
}

const CONTEXT = 3;

/** `--- a/<name>` / `+++ b/<name>` and the hunks; '' when the texts are equal. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = script(a, b);
  let out = `--- a/${name}\n+++ b/${name}\n`;
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k]?.kind === ' ') k++;
    if (k >= ops.length) break;
    const start = Math.max(0, k - CONTEXT);
    // Extend the hunk while the next change is within 2×CONTEXT unchanged lines.
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end]?.kind !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap]?.kind === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) end = gap;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const aLines = hunk.filter((o) => o.kind !== '+').length;
    const bLines = hunk.filter((o) => o.kind !== '-').length;
    // Line numbers from the first line each side has in the hunk (an empty side: the line before).
    const aFirst = hunk.find((o) => o.kind !== '+');
    const bFirst = hunk.find((o) => o.kind !== '-');
    const aStart = aFirst ? aFirst.a + 1 : (hunk[0] as Op).a;
    const bStart = bFirst ? bFirst.b + 1 : (hunk[0] as Op).b;
    out += `@@ -${aStart},${aLines} +${bStart},${bLines} @@\n`;
    for (const o of hunk) out += printLine(o.kind, o.line);
    k = end;
  }
  return out;
}
