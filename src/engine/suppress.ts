/**
 * Inline suppressions in config comments:
 *   # zklint-disable-next-line RULE[, RULE…] [-- reason]   the next physical line
 *   # zklint-disable RULE[, RULE…] [-- reason]             the whole file
 * With no rule named, every rule is silenced. A directive (or a rule in it) that silences
 * nothing is reported by `unused-suppression`. Ensemble rules' findings on a node's file are
 * silenced the same way (src/ensemble/lint.ts applies this after the ensemble rules ran).
 */
import type { Diagnostic, Suppression } from '../diagnostic.js';
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
  /** Position among all directives of the run (hits are listed in this order). */
  n: number;
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
      n: 0,
    };
    if (reason !== undefined) d.reason = reason;
    out.push(d);
  }
  return out;
}

function suppressionOf(x: Directive): Suppression {
  return x.reason ? { kind: 'inSource', justification: x.reason } : { kind: 'inSource' };
}

/** The suppressions of `hits`, in directive order, each distinct one once (with its first position). */
function distinct(hits: readonly Directive[]): Array<{ n: number; s: Suppression }> {
  const seen = new Set<string | undefined>();
  const out: Array<{ n: number; s: Suppression }> = [];
  for (const h of hits) {
    if (seen.has(h.reason)) continue;
    seen.add(h.reason);
    out.push({ n: h.n, s: suppressionOf(h) });
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
  // Indexed by file (whole-file directives) and by file and line (next-line ones): each finding
  // looks up its own few directives instead of scanning all of them.
  const wholeFile = new Map<string, Directive[]>();
  const byLine = new Map<string, Directive[]>();
  directives.forEach((x, n) => {
    x.n = n;
    const key = x.kind === 'file' ? x.file.source.path : `${x.file.source.path}\0${x.line}`;
    const table = x.kind === 'file' ? wholeFile : byLine;
    const list = table.get(key);
    if (list) list.push(x);
    else table.set(key, [x]);
  });
  const applies = (x: Directive, d: Diagnostic) => x.rules === 'all' || x.rules.includes(d.ruleId);
  // Whole-file directives apply alike to every finding of a rule in a file: looked up once per
  // (file, rule), with their suppressions (identical directives listed once).
  const perRule = new Map<string, { hits: Directive[]; sups: Array<{ n: number; s: Suppression }> }>();
  const fileLevel = (d: Diagnostic) => {
    const all = wholeFile.get(d.file);
    if (!all) return undefined;
    const key = `${d.file}\0${d.ruleId}`;
    let e = perRule.get(key);
    if (!e) {
      const hits = all.filter((x) => applies(x, d));
      e = { hits, sups: distinct(hits) };
      perRule.set(key, e);
    }
    return e;
  };
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diags) {
    if (d.ruleId === 'config-unreadable') {
      kept.push(d);
      continue;
    }
    const whole = fileLevel(d);
    const onLine = byLine.get(`${d.file}\0${d.line}`)?.filter((x) => applies(x, d)) ?? [];
    if (onLine.length === 0 && !whole?.hits.length) {
      kept.push(d);
      continue;
    }
    for (const h of onLine) h.used.add(d.ruleId);
    if (whole?.hits.length && !whole.hits[0]!.used.has(d.ruleId)) for (const h of whole.hits) h.used.add(d.ruleId);
    const sups = onLine.length === 0 ? whole!.sups : whole?.hits.length ? distinct(onLine).concat(whole.sups).sort((x, y) => x.n - y.n) : distinct(onLine);
    suppressed.push({ ...d, suppressions: sups.map((x) => x.s) });
  }
  const unused = resolved.find((r) => r.rule.id === 'unused-suppression');
  if (unused) {
    // Sets: every directive names its rules, and 300,000 directives each looked up in the ~120 ids as arrays took most of a second.
    const known = new Set(knownIds);
    const idle = new Set(idleIds);
    for (const x of directives) {
      const at = { file: x.file.source, span: x.span };
      const scope = x.kind === 'file' ? 'in this file' : `on line ${x.line}`;
      if (x.rules === 'all') {
        if (x.used.size === 0) kept.push(toDiagnostic(unused, { at, messageId: 'silencesNothing', args: { scope } }, version));
        continue;
      }
      for (const id of x.rules) {
        if (x.used.has(id) || idle.has(id)) continue;
        if (!known.has(id)) {
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
