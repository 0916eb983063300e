/** What the CI formats share: each finding with its repo-relative path and stable fingerprint. */
import * as path from 'node:path';
import type { Diagnostic, LintResult } from '../diagnostic.js';
import { fingerprint, fingerprintAll, isWholeFile, lineIndex, lineTextOf, type LineIndex } from '../util/fingerprint.js';
import { findRepoRoot, relativeTo } from '../util/paths.js';
import type { FormatContext } from './types.js';

export interface Finding {
  d: Diagnostic;
  /** Path relative to the repository root (or cwd), POSIX; absolute POSIX path when outside. */
  rel: string;
  /** True when `rel` is relative to `base`. */
  inBase: boolean;
  fingerprint: string;
  suppressed: boolean;
}

export function baseDir(ctx: FormatContext): string {
  return ctx.baseDir ?? findRepoRoot(ctx.cwd) ?? ctx.cwd;
}

export function relFile(file: string, ctx: FormatContext, base = baseDir(ctx)): { rel: string; inBase: boolean } {
  const rel = relativeTo(base, file, ctx.cwd);
  if (rel !== undefined) return { rel, inBase: true };
  return { rel: path.resolve(ctx.cwd, file).split(path.sep).join('/'), inBase: false };
}

export function findings(result: LintResult, ctx: FormatContext, withSuppressed = false): Finding[] {
  const base = baseDir(ctx);
  const out: Finding[] = [];
  // One line index per file, built on first use: each finding's line is then found in O(1).
  const texts = new Map<string, LineIndex | undefined>();
  const text = (f: string) => {
    if (!texts.has(f)) {
      const t = ctx.getSource(f);
      texts.set(f, t === undefined ? undefined : lineIndex(t));
    }
    return texts.get(f);
  };
  const items: Array<{ d: Diagnostic; suppressed: boolean }> = [];
  for (const r of result.results) {
    for (const d of r.diagnostics) items.push({ d, suppressed: false });
    if (withSuppressed) for (const d of r.suppressed ?? []) items.push({ d, suppressed: true });
  }
  const rels = items.map(({ d }) => relFile(d.file, ctx, base));
  const fps = fingerprintAll(items.map((it, i) => ({ ...it, rel: rels[i]!.rel })), (it) =>
    fingerprint(it.d, it.rel, isWholeFile(it.d) ? '' : lineTextOf(text(it.d.file), it.d.line)),
  );
  items.forEach((it, i) => out.push({ d: it.d, suppressed: it.suppressed, ...rels[i]!, fingerprint: fps[i]! }));
  return out;
}
