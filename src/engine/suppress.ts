/**
 * Inline suppressions in config comments:
 *   # zklint-disable-next-line RULE[, RULE…] [-- reason]   the next physical line
 *   # zklint-disable RULE[, RULE…] [-- reason]             the whole file
 * With no rule named, every rule is silenced. A directive (or a rule in it) that silences
 * nothing is reported by `unused-suppression`. Ensemble rules' findings on a node's file are
 * silenced the same way (src/ensemble/lint.ts applies this after the ensemble rules ran).
 *
 * A file's directives are read into a `Suppressions` index once. Findings are matched against it
 * either afterwards (`applySuppressions`) or, on large files, by the engine as each finding is
 * reported (runRules' `suppressions`), so that findings past the per-rule cap are never built.
 */
import type { Diagnostic, Suppression } from '../diagnostic.js';
import type { ConfigFile } from '../model/config-file.js';
import { positionOf } from '../load/positions.js';
import { suggest } from '../util/suggest.js';
import type { ResolvedRule } from './run.js';
import { toDiagnostic } from './run.js';
import { MAX_PER_RULE_FILE } from './cap.js';

const DIRECTIVE = /^\s*zklint-(disable-next-line|disable)(?=\s|$)(.*)$/;

/** What a directive's text says: kind, rules and reason (one object per distinct text, shared by every directive that has it). */
interface Parsed {
  kind: 'next-line' | 'file';
  rules: string[] | 'all';
  reason: string | undefined;
  /** The suppression of a finding a directive with this text silenced, made when first needed. */
  suppression?: Suppression;
}

/** A comment line's offsets (a parse's CommentLine). */
interface CommentSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * One directive: its comment and what its text says (both shared) and what it silenced. A file
 * of 200,000 directives holds 64 bytes for each (it had been ~190 with its match: 12 fields and
 * two objects more); kind, rules, reason and line are read through what it shares.
 */
class Directive {
  /** The rule ids it silenced a finding of: the first one alone, a set from the second on. */
  used: string | Set<string> | undefined = undefined;
  /**
   * The whole-file part of the first match in which it alone silenced a finding on its line: the
   * directive is itself that match (set once: a match given out never changes).
   */
  whole: WholeFile | undefined = undefined;
  constructor(
    private readonly says: Parsed,
    readonly file: ConfigFile,
    private readonly comment: CommentSpan,
  ) {}
  get kind(): Parsed['kind'] {
    return this.says.kind;
  }
  get rules(): Parsed['rules'] {
    return this.says.rules;
  }
  get reason(): string | undefined {
    return this.says.reason;
  }
  /** Where the comment is (its span's offsets). */
  get start(): number {
    return this.comment.start;
  }
  get end(): number {
    return this.comment.end;
  }
  /** 1-based line the directive applies to (next-line: the line after the comment). */
  get line(): number {
    return positionOf(this.file.source.lineStarts, this.comment.start).line + 1;
  }
  /** As a match: the directive alone on its line (a new one-element list at each read). */
  get onLine(): readonly Directive[] {
    return [this];
  }
  /** Its suppression (one per distinct text). */
  get suppression(): Suppression {
    const says = this.says;
    return (says.suppression ??= says.reason ? { kind: 'inSource', justification: says.reason } : { kind: 'inSource' });
  }
}

function parseText(text: string): Parsed | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
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

/** Whether `c` may be one of JavaScript's `\s` characters (every one is; so are the other controls). */
function maybeSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** False when a comment's text surely does not match DIRECTIVE: only the others are worth the regular expression. */
function mayBeDirective(text: string): boolean {
  let i = 0;
  while (i < text.length && maybeSpace(text.charCodeAt(i))) i++;
  return text.startsWith('zklint-', i);
}

function parse(file: ConfigFile, out: Directive[], seen: Map<string, Parsed | undefined>): void {
  if (!file.source.text.includes('zklint-')) return; // no directive anywhere in the file
  for (const c of file.props.comments) {
    const text = c.text; // sliced from the source at each read
    if (!mayBeDirective(text)) continue;
    // A file repeating one directive (a generated config) reads its text once.
    let p = seen.get(text);
    if (p === undefined && !seen.has(text)) seen.set(text, (p = parseText(text)));
    if (p === undefined) continue;
    out.push(new Directive(p, file, c));
  }
}

const applies = (x: Directive, ruleId: string) => x.rules === 'all' || x.rules.includes(ruleId);

function markUsed(x: Directive, ruleId: string): void {
  const used = x.used;
  if (used === undefined) x.used = ruleId;
  else if (typeof used === 'string') {
    if (used !== ruleId) x.used = new Set([used, ruleId]);
  } else used.add(ruleId);
}

function isUsed(x: Directive, ruleId: string): boolean {
  const used = x.used;
  return used === ruleId || (typeof used === 'object' && used.has(ruleId));
}

/** The suppressions of `hits`, in directive order, each distinct one once (with its first position). */
function distinct(hits: readonly Directive[]): Directive[] {
  if (hits.length === 1) return hits as Directive[];
  const seen = new Set<string | undefined>();
  const out: Directive[] = [];
  for (const h of hits) {
    if (seen.has(h.reason)) continue;
    seen.add(h.reason);
    out.push(h);
  }
  return out;
}

/** What silences one finding: directives on its line and whole-file ones (each list in directive order). */
export interface Match {
  readonly onLine: readonly Directive[];
  readonly whole: WholeFile;
}

/** The whole-file directives that apply to one rule's findings in one file, and those of them with distinct suppressions. */
interface WholeFile {
  hits: readonly Directive[];
  distinct: readonly Directive[];
  /** The match of a finding that only these silence (made when first needed, then shared). */
  alone?: Match;
}

const NONE: readonly Directive[] = Object.freeze([]);
const NO_WHOLE: WholeFile = Object.freeze({ hits: NONE, distinct: NONE });

/** The directives of some files, indexed for matching findings. */
export class Suppressions {
  /** Whole-file directives by file; next-line ones by file, then line. */
  private readonly wholeFile = new Map<string, Directive[]>();
  private readonly byLine = new Map<string, Map<number, Directive | Directive[]>>();
  /** Per file and rule: the whole-file directives that apply (the same for every finding). */
  private readonly perRule = new Map<string, Map<string, WholeFile>>();

  private constructor(readonly directives: readonly Directive[]) {
    for (const x of directives) {
      const path = x.file.source.path;
      if (x.kind === 'file') {
        const list = this.wholeFile.get(path);
        if (list) list.push(x);
        else this.wholeFile.set(path, [x]);
        continue;
      }
      let lines = this.byLine.get(path);
      if (!lines) this.byLine.set(path, (lines = new Map()));
      // One directive a line, the usual case, is held without an array.
      const there = lines.get(x.line);
      if (there === undefined) lines.set(x.line, x);
      else if (Array.isArray(there)) there.push(x);
      else lines.set(x.line, [there, x]);
    }
  }

  /** The directives of `files`, or undefined when they hold none. */
  static of(files: readonly ConfigFile[]): Suppressions | undefined {
    const directives: Directive[] = [];
    const seen = new Map<string, Parsed | undefined>();
    for (const f of files) parse(f, directives, seen);
    return directives.length === 0 ? undefined : new Suppressions(directives);
  }

  private wholeFor(file: string, ruleId: string): WholeFile {
    const all = this.wholeFile.get(file);
    if (!all) return NO_WHOLE;
    let rules = this.perRule.get(file);
    if (!rules) this.perRule.set(file, (rules = new Map()));
    let whole = rules.get(ruleId);
    if (!whole) {
      const hits = all.filter((x) => applies(x, ruleId));
      rules.set(ruleId, (whole = { hits, distinct: distinct(hits) }));
    }
    return whole;
  }

  /**
   * The directives that silence a finding of `ruleId` at `file`:`line`, or undefined when none do.
   * With `mark` (a finding is being reported, not only asked about), they count as used.
   */
  match(ruleId: string, file: string, line: number, mark = true): Match | undefined {
    if (ruleId === 'config-unreadable') return undefined;
    const whole = this.wholeFor(file, ruleId);
    const there = this.byLine.get(file)?.get(line);
    let onLine = NONE;
    let alone: Directive | undefined;
    if (there !== undefined) {
      if (Array.isArray(there)) onLine = there.filter((x) => applies(x, ruleId));
      else if (applies(there, ruleId)) alone = there;
    }
    if (alone === undefined && onLine.length === 0 && whole.hits.length === 0) return undefined;
    if (mark) {
      if (alone !== undefined) markUsed(alone, ruleId);
      for (const h of onLine) markUsed(h, ruleId);
      // Every hit is marked for the rule at once: marked once, all are.
      if (whole.hits.length > 0 && !isUsed(whole.hits[0]!, ruleId)) for (const h of whole.hits) markUsed(h, ruleId);
    }
    // Matches are read, never changed (the engine keeps them until the report is built): a lone
    // directive is its own match for the first whole-file part it is matched with, and one made
    // for the whole-file ones alone serves every finding they silence (a large file may have
    // thousands).
    if (alone !== undefined) {
      alone.whole ??= whole;
      return alone.whole === whole ? (alone as Match) : { onLine: [alone], whole };
    }
    if (onLine === NONE) return (whole.alone ??= { onLine, whole });
    return { onLine, whole };
  }

  /** A matched finding's suppressions: each distinct one once, in directive order. */
  static suppressionsOf(m: Match): Suppression[] {
    const whole = m.whole.distinct;
    // Both lists are of the finding's file: directive order is comment order.
    const hits = whole.length === 0 ? distinct(m.onLine) : m.onLine.length === 0 ? whole : distinct(m.onLine).concat(whole).sort((x, y) => x.start - y.start);
    return hits.map((x) => x.suppression);
  }

  /**
   * `unused-suppression`'s findings: directives, and rules named in them, that silenced nothing.
   * `knownIds`: every rule id (per-file and ensemble) a comment may name. `idleIds`: known rules that
   * did not run on these files (ensemble rules when a file is linted alone), never called unused.
   */
  unused(resolved: readonly ResolvedRule[], knownIds: readonly string[], idleIds: readonly string[], version: string, capped = false): Diagnostic[] {
    const out: Diagnostic[] = [];
    const unused = resolved.find((r) => r.rule.id === 'unused-suppression');
    if (!unused) return out;
    // Sets: every directive names its rules, and 300,000 directives each looked up in the ~120 ids as arrays took most of a second.
    const known = new Set(knownIds);
    const idle = new Set(idleIds);
    // `capped`: the caller keeps only the first MAX_PER_RULE_FILE findings per file (capPerRuleAndFile).
    // Directives come in file order, so the findings do too: past the first MAX_PER_RULE_FILE + 1 of a
    // file, each is only counted on the last one made, which the cap then turns into the summary.
    let file: string | undefined;
    let made = 0;
    let carrier: Diagnostic | undefined;
    const say = (x: Directive, messageId: string, args: Record<string, unknown>) => {
      if (x.file.source.path !== file) {
        file = x.file.source.path;
        made = 0;
      }
      if (capped && made > MAX_PER_RULE_FILE) {
        carrier!.omitted = (carrier!.omitted ?? 0) + 1;
        return;
      }
      made++;
      out.push((carrier = toDiagnostic(unused, { at: { file: x.file.source, span: { start: x.start, end: x.end } }, messageId, args }, version)));
    };
    const scope = (x: Directive) => (x.kind === 'file' ? 'in this file' : `on line ${x.line}`);
    for (const x of this.directives) {
      if (x.rules === 'all') {
        if (x.used === undefined) say(x, 'silencesNothing', { scope: scope(x) });
        continue;
      }
      for (const id of x.rules) {
        if (isUsed(x, id) || idle.has(id)) continue;
        if (!known.has(id)) say(x, 'unknownRule', { id, near: suggest(id, knownIds) });
        else say(x, 'unused', { id, scope: scope(x) });
      }
    }
    return out;
  }
}

export interface SuppressOutcome {
  kept: Diagnostic[];
  suppressed: Diagnostic[];
}

/**
 * Splits `diags` (every finding on `files`, per-file and ensemble) into kept and suppressed, and
 * adds `unused-suppression` findings (see `Suppressions.unused` for `knownIds` and `idleIds`).
 */
export function applySuppressions(
  files: readonly ConfigFile[],
  diags: Diagnostic[],
  resolved: readonly ResolvedRule[],
  knownIds: readonly string[],
  idleIds: readonly string[],
  version: string,
): SuppressOutcome {
  const index = Suppressions.of(files);
  if (!index) return { kept: diags, suppressed: [] };
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diags) {
    const m = index.match(d.ruleId, d.file, d.line);
    if (m === undefined) kept.push(d);
    else suppressed.push({ ...d, suppressions: Suppressions.suppressionsOf(m) });
  }
  for (const d of index.unused(resolved, knownIds, idleIds, version)) kept.push(d);
  return { kept, suppressed };
}
