/**
 * Stable fingerprints of findings, for SARIF partialFingerprints, GitLab and baselines:
 * rule id + repo-relative file + the trimmed text of the finding's line + the message with
 * line numbers taken out. Moving a line up or down keeps the fingerprint; editing it does not.
 * Whole-file findings have no line text in theirs (editing line 1 keeps them).
 */
import { createRequire } from 'node:module';
import type { Diagnostic } from '../diagnostic.js';

// Loaded on first use: the bundled CLI would otherwise load node:crypto at every start.
let crypto: typeof import('node:crypto') | undefined;
const createHash = (algorithm: string) => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

export function lineTextOf(text: string | undefined, line: number): string {
  if (text === undefined) return '';
  return (text.split(/\r\n|\r|\n/)[line - 1] ?? '').trim();
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
