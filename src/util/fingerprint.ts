/**
 * Stable fingerprints of findings, for SARIF partialFingerprints, GitLab and baselines:
 * rule id + repo-relative file + the trimmed text of the finding's line + the message with
 * line numbers taken out. Moving a line up or down keeps the fingerprint; editing it does not.
 * Whole-file findings have no line text in theirs (editing line 1 keeps them).
 */
import { createRequire } from 'node:module';
import type { Diagnostic } from '../diagnostic.js';
import { lineStarts } from '../load/positions.js';

// Loaded on first use: the bundled CLI would otherwise load node:crypto at every start.
let crypto: typeof import('node:crypto') | undefined;
const createHash = (algorithm: string) => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

/** A text with the offsets its lines start at: built once per file, so each line is found in O(1). */
export interface LineIndex {
  text: string;
  starts: ArrayLike<number>;
}

export function lineIndex(text: string): LineIndex {
  return { text, starts: lineStarts(text) };
}

/** Line `line` (1-based) of an indexed text, without its line break; undefined past the end. */
export function lineAt(index: LineIndex, line: number): string | undefined {
  const { text, starts } = index;
  if (line < 1 || line > starts.length) return undefined;
  const start = starts[line - 1] as number;
  let end = line < starts.length ? (starts[line] as number) : text.length;
  if (end > start && line < starts.length) {
    end--; // the break: \n, or \r alone
    if (text.charCodeAt(end) === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
  }
  return text.slice(start, end);
}

/** The trimmed text of a line, for fingerprints ('' when there is no such line or no text). */
export function lineTextOf(text: string | LineIndex | undefined, line: number): string {
  if (text === undefined) return '';
  return (lineAt(typeof text === 'string' ? lineIndex(text) : text, line) ?? '').trim();
}

/** A finding about the whole file (an empty range at 1:1, e.g. a key that is absent): it has no line of its own. */
export function isWholeFile(d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): boolean {
  return d.line === 1 && d.column === 1 && d.endLine === 1 && d.endColumn === 1;
}

export function fingerprint(d: Pick<Diagnostic, 'ruleId' | 'message'>, relFile: string, lineText: string): string {
  const message = d.message.replace(/\b(line|lines)\s+\d+(\s*(,|and)\s*\d+)*/gi, '$1 N').replace(/:\d+(:\d+)?\b/g, ':N');
  return createHash('sha256').update(`${d.ruleId}\0${relFile}\0${lineText}\0${message}`).digest('hex').slice(0, 32);
}

/** Fingerprints for a list of findings; repeats of the same fingerprint get `:2`, `:3`… in file order. */
export function fingerprintAll<T>(items: readonly T[], base: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    const fp = base(it);
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    return n === 1 ? fp : `${fp}:${n}`;
  });
}
