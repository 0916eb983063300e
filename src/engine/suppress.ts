/**
 * Inline suppressions in config comments:
 *   # zklint-disable-next-line RULE[, RULE…] [-- reason]   the next physical line
 *   # zklint-disable RULE[, RULE…] [-- reason]             the whole file
 * With no rule named, every rule is silenced. A directive (or a rule in it) that silences
 * nothing is reported by `unused-suppression`. Ensemble rules' findings on a node's file are
 * silenced the same way (src/ensemble/lint.ts applies this after the ensemble rules ran).
 */
import type { Diagnostic } from '../diagnostic.js';
import type { ConfigFile } from '../model/config-file.js';
import { positionOf } from '../load/positions.js';
import { suggest } from '../util/suggest.js';
import type { ResolvedRule } from './run.js';
import { toDiagnostic } from './run.js';

const DIRECTIVE = /^\s*zklint-(disable-next-line|disable)(?=\s|$)(.*)$/;

interface Directive {
  kind: 'next-line' | 'file';
  file: ConfigFile;
  /** 1-based line the directive applies to (next-line only). */
  line: number;
  rules: string[] | 'all';
  reason?: string;
  span: { start: number; end: number };
  used: Set<string>;
}

function parse(file: ConfigFile): Directive[] {
  const out: Directive[] = [];
  if (!file.source.text.includes('zklint-')) return out; // no directive anywhere in the file
  for (const c of file.props.comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    let body = m[2] as string;
    let reason: string | undefined;
    const sep = body.search(/(^|\s)--(\s|$)/);
    if (sep >= 0) {
      reason = body.slice(sep).replace(/^\s*--\s*/, '').trim() || undefined;
      body = body.slice(0, sep);
    }
    const ids = body.split(/[\s,]+/).filter(Boolean);
    const line = positionOf(file.source.lineStarts, c.span.start).line;
    const d: Directive = {
      kind: m[1] === 'disable' ? 'file' : 'next-line',
      file,
      line: line + 1,
      rules: ids.length ? ids : 'all',
      span: c.span,
      used: new Set(),
    };
    if (reason !== undefined) d.reason = reason;
    out.push(d);
  }
  return out;
}

export interface SuppressOutcome {
  kept: Diagnostic[];
  suppressed: Diagnostic[];
}

/**
 * Splits `diags` (every finding on `files`, per-file and ensemble) into kept and suppressed, and
 * adds `unused-suppression` findings. `knownIds`: every rule id (per-file and ensemble) a comment
 * may name. `idleIds`: known rules that did not run on these files (ensemble rules when a file is
 * linted alone), whose suppressions are therefore never called unused.
 */
export function applySuppressions(
  files: readonly ConfigFile[],
  diags: Diagnostic[],
  resolved: readonly ResolvedRule[],
  knownIds: readonly string[],
  idleIds: readonly string[],
  version: string,
): SuppressOutcome {
  const directives = files.flatMap(parse);
  if (directives.length === 0) return { kept: diags, suppressed: [] };
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diags) {
    const hits = directives.filter(
      (x) =>
        x.file.source.path === d.file &&
        (x.kind === 'file' || x.line === d.line) &&
        (x.rules === 'all' || x.rules.includes(d.ruleId)),
    );
    if (hits.length === 0 || d.ruleId === 'config-unreadable') {
      kept.push(d);
      continue;
    }
    for (const h of hits) h.used.add(d.ruleId);
    suppressed.push({ ...d, suppressions: hits.map((h) => (h.reason ? { kind: 'inSource' as const, justification: h.reason } : { kind: 'inSource' as const })) });
  }
  const unused = resolved.find((r) => r.rule.id === 'unused-suppression');
  if (unused) {
    for (const x of directives) {
      const at = { file: x.file.source, span: x.span };
      const scope = x.kind === 'file' ? 'in this file' : `on line ${x.line}`;
      if (x.rules === 'all') {
        if (x.used.size === 0) kept.push(toDiagnostic(unused, { at, messageId: 'silencesNothing', args: { scope } }, version));
        continue;
      }
      for (const id of x.rules) {
        if (x.used.has(id) || idleIds.includes(id)) continue;
        if (!knownIds.includes(id)) {
          const near = suggest(id, knownIds);
          kept.push(toDiagnostic(unused, { at, messageId: 'unknownRule', args: { id, near } }, version));
        } else {
          kept.push(toDiagnostic(unused, { at, messageId: 'unused', args: { id, scope } }, version));
        }
      }
    }
  }
  return { kept, suppressed };
}
