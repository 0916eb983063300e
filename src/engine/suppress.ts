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
import { MAX_PER_RULE_FILE } from './cap.js';

const DIRECTIVE = /^\s*zklint-(disable-next-line|disable)(?=\s|$)(.*)$/;

interface Directive {
  kind: 'next-line' | 'file';
  file: ConfigFile;
  /** 1-based line the directive applies to (next-line only). */
  line: number;
  rules: string[] | 'all';
  reason: string | undefined;
  span: { start: number; end: number };
  /** The rules it silenced a finding of (made on the first one: most directives of a long file silence one rule or none). */
  used: string[] | undefined;
  /** Position among all directives of the run (hits are listed in this order). */
  n: number;
  /** The next directive for the same line of the same file (rare: two comments before one line). */
  sameLine: Directive | undefined;
}

/** What a directive comment says; null for a comment that is no directive. */
type Said = { kind: Directive['kind']; rules: string[] | 'all'; reason: string | undefined } | null;

function read(text: string): Said {
  const m = DIRECTIVE.exec(text);
  if (!m) return null;
  let body = m[2] as string;
  let reason: string | undefined;
  const sep = body.search(/(^|\s)--(\s|$)/);
  if (sep >= 0) {
    reason = body.slice(sep).replace(/^\s*--\s*/, '').trim() || undefined;
    body = body.slice(0, sep);
  }
  const ids = body.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] === 'disable' ? 'file' : 'next-line', rules: ids.length ? ids : 'all', reason };
}

/** Distinct comment texts read once per file (a long file repeats the same few directives): at most this many remembered. */
const MAX_REMEMBERED = 1024;

function parse(file: ConfigFile): Directive[] {
  const out: Directive[] = [];
  if (!file.source.text.includes('zklint-')) return out; // no directive anywhere in the file
  // Directives with the same text share what it says (their `rules` arrays are only read).
  const said = new Map<string, Said>();
  for (const c of file.props.comments) {
    let x = said.get(c.text);
    if (x === undefined) {
      x = read(c.text);
      if (said.size < MAX_REMEMBERED) said.set(c.text, x);
    }
    if (x === null) continue;
    const line = positionOf(file.source.lineStarts, c.span.start).line;
    out.push({ kind: x.kind, file, line: line + 1, rules: x.rules, reason: x.reason, span: c.span, used: undefined, n: 0, sameLine: undefined });
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
  // Indexed by file (whole-file directives) and by file, then line (next-line ones, chained through
  // `sameLine`): each finding looks up its own few directives instead of scanning all of them.
  const wholeFile = new Map<string, Directive[]>();
  const byLine = new Map<string, Map<number, Directive>>();
  const lastOnLine = new Map<Directive, Directive>();
  directives.forEach((x, n) => {
    x.n = n;
    const path = x.file.source.path;
    if (x.kind === 'file') {
      const list = wholeFile.get(path);
      if (list) list.push(x);
      else wholeFile.set(path, [x]);
      return;
    }
    let lines = byLine.get(path);
    if (!lines) byLine.set(path, (lines = new Map()));
    const first = lines.get(x.line);
    if (!first) {
      lines.set(x.line, x);
      return;
    }
    const last = lastOnLine.get(first) ?? first;
    last.sameLine = x;
    lastOnLine.set(first, x);
  });
  const applies = (x: Directive, ruleId: string) => x.rules === 'all' || x.rules.includes(ruleId);
  const use = (x: Directive, ruleId: string) => {
    if (x.used === undefined) x.used = [ruleId];
    else if (!x.used.includes(ruleId)) x.used.push(ruleId);
  };
  // Whole-file directives apply alike to every finding of a rule in a file: looked up once per
  // (file, rule), with their suppressions (identical directives listed once).
  const perRule = new Map<string, { hits: Directive[]; sups: Array<{ n: number; s: Suppression }> }>();
  const fileLevel = (d: Diagnostic) => {
    const all = wholeFile.get(d.file);
    if (!all) return undefined;
    const key = `${d.file}\0${d.ruleId}`;
    let e = perRule.get(key);
    if (!e) {
      const hits = all.filter((x) => applies(x, d.ruleId));
      e = { hits, sups: distinct(hits) };
      perRule.set(key, e);
    }
    return e.hits.length > 0 ? e : undefined;
  };
  let linesOfFile: Map<number, Directive> | undefined;
  let linesFile: string | undefined;
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diags) {
    if (d.ruleId === 'config-unreadable') {
      kept.push(d);
      continue;
    }
    const whole = fileLevel(d);
    if (d.file !== linesFile) {
      linesFile = d.file;
      linesOfFile = byLine.get(d.file);
    }
    // The next-line directives for this finding's line that name its rule (usually none, or one).
    let onLine: Directive | Directive[] | undefined;
    for (let x = linesOfFile?.get(d.line); x !== undefined; x = x.sameLine) {
      if (!applies(x, d.ruleId)) continue;
      if (onLine === undefined) onLine = x;
      else if (Array.isArray(onLine)) onLine.push(x);
      else onLine = [onLine, x];
    }
    if (onLine === undefined && whole === undefined) {
      kept.push(d);
      continue;
    }
    let sups: Array<{ n: number; s: Suppression }>;
    if (onLine === undefined) sups = (whole as { sups: Array<{ n: number; s: Suppression }> }).sups;
    else {
      const hits = Array.isArray(onLine) ? onLine : [onLine];
      for (const h of hits) use(h, d.ruleId);
      sups = whole ? distinct(hits).concat(whole.sups).sort((x, y) => x.n - y.n) : distinct(hits);
    }
    if (whole && !whole.hits[0]!.used?.includes(d.ruleId)) for (const h of whole.hits) use(h, d.ruleId);
    suppressed.push({ ...d, suppressions: sups.map((x) => x.s) });
  }
  const unused = resolved.find((r) => r.rule.id === 'unused-suppression');
  if (unused) {
    // Sets: every directive names its rules, and 300,000 directives each looked up in the ~120 ids as arrays took most of a second.
    const known = new Set(knownIds);
    const idle = new Set(idleIds);
    // Findings of one file come in file order (directives are in comment order), all of this rule:
    // past the first MAX_PER_RULE_FILE + 1 of a file they are counted, not built, and the last one
    // built carries their number (capPerRuleAndFile makes the same summary of it). Not when two
    // files share a path (their findings would not come in order).
    const aggregate = new Set(files.map((f) => f.source.path)).size === files.length;
    let file: ConfigFile | undefined;
    let built = 0;
    let carrier: Diagnostic | undefined;
    /** True when the finding is only counted; else the caller builds it with `build`. */
    const counted = (x: Directive): boolean => {
      if (x.file !== file) {
        file = x.file;
        built = 0;
        carrier = undefined;
      }
      if (!aggregate || built <= MAX_PER_RULE_FILE) return false;
      (carrier as Diagnostic).omitted = ((carrier as Diagnostic).omitted ?? 0) + 1;
      return true;
    };
    const build = (x: Directive, messageId: string, args: Record<string, unknown>) => {
      const d = toDiagnostic(unused, { at: { file: x.file.source, span: x.span }, messageId, args }, version);
      if (++built > MAX_PER_RULE_FILE) carrier = d;
      kept.push(d);
    };
    const scope = (x: Directive) => (x.kind === 'file' ? 'in this file' : `on line ${x.line}`);
    for (const x of directives) {
      if (x.rules === 'all') {
        if (x.used === undefined && !counted(x)) build(x, 'silencesNothing', { scope: scope(x) });
        continue;
      }
      for (const id of x.rules) {
        if (x.used?.includes(id) || idle.has(id) || counted(x)) continue;
        // The suggestion is made only for findings that are built.
        if (!known.has(id)) build(x, 'unknownRule', { id, near: suggest(id, knownIds) });
        else build(x, 'unused', { id, scope: scope(x) });
      }
    }
  }
  return { kept, suppressed };
}
