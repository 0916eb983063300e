/**
 * zklint's diagnostics in the Language Server Protocol's terms: ranges, severities, related
 * locations, rule docs links, and a finding's `fix` (when a rule attaches one) as text edits.
 * Pure functions of a document's text, so they are tested without a server.
 */
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { Diagnostic as LspDiagnostic, DiagnosticRelatedInformation, Range, TextEdit } from 'vscode-languageserver';
import type { Diagnostic, Location } from '../diagnostic.js';

/** What a finding carries for the editor in `data` (LSP keeps it and returns it in code-action requests). */
export interface FindingData {
  ruleId: string;
  hint?: string;
  fix?: FixData;
}

/** One fix as the editor applies it: edits on the finding's document, safe or not. */
export interface FixData {
  edits: TextEdit[];
  safe: boolean;
}

/** The subset of a text document the converters need (vscode-languageserver-textdocument's TextDocument has it). */
export interface TextLike {
  positionAt(offset: number): { line: number; character: number };
  getText(): string;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** 1-based line/column, exclusive end column → 0-based LSP range. */
export function toRange(loc: Pick<Location, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  const start = { line: Math.max(0, loc.line - 1), character: Math.max(0, loc.column - 1) };
  const end = { line: Math.max(0, (loc.endLine ?? loc.line) - 1), character: Math.max(0, (loc.endColumn ?? loc.column) - 1) };
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return { start, end: start };
  return { start, end };
}

function fileUri(file: string, baseDir: string): string {
  return pathToFileURL(path.resolve(baseDir, file)).href;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** One edit in any of the shapes a rule may use: `{ range: {line, column, endLine, endColumn}, text }`,
 * `{ range: {start: {line, column}, end: {…}}, text }`, `{ offsets: [start, end] | {start, end}, text }`
 * or `{ start, end, text }` with offsets. 1-based lines and columns, 0-based offsets, exclusive ends. */
function toTextEdit(raw: unknown, doc: TextLike): TextEdit | undefined {
  if (!isObj(raw) || typeof raw.text !== 'string') return undefined;
  const text = raw.text;
  const r = raw.range;
  if (isObj(r)) {
    if (isNum(r.line) && isNum(r.column)) {
      const endLine = isNum(r.endLine) ? r.endLine : r.line;
      const endColumn = isNum(r.endColumn) ? r.endColumn : r.column;
      return { range: toRange({ line: r.line, column: r.column, endLine, endColumn }), newText: text };
    }
    if (isObj(r.start) && isObj(r.end) && isNum(r.start.line) && isNum(r.start.column) && isNum(r.end.line) && isNum(r.end.column)) {
      return { range: toRange({ line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column }), newText: text };
    }
    if (isNum(r.start) && isNum(r.end)) return offsetsEdit(r.start, r.end, text, doc);
  }
  const o = raw.offsets;
  if (Array.isArray(o) && isNum(o[0]) && isNum(o[1])) return offsetsEdit(o[0], o[1], text, doc);
  if (isObj(o) && isNum(o.start) && isNum(o.end)) return offsetsEdit(o.start, o.end, text, doc);
  if (isNum(raw.start) && isNum(raw.end)) return offsetsEdit(raw.start, raw.end, text, doc);
  return undefined;
}

function offsetsEdit(start: number, end: number, text: string, doc: TextLike): TextEdit | undefined {
  if (end < start || end > doc.getText().length) return undefined;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: text };
}

/**
 * A finding's `fix` as LSP edits: a single edit, a list of edits, or `{ edits | edit, safe | safety | kind }`.
 * Safe unless it says `safe: false`, `safety: 'unsafe'` or `kind: 'unsafe'`. Undefined when there is
 * no fix or any edit is not understood (a half-applied fix is worse than none).
 */
export function fixOf(finding: unknown, doc: TextLike): FixData | undefined {
  if (!isObj(finding) || finding.fix === undefined) return undefined;
  const fix = finding.fix;
  const rawEdits: unknown[] = Array.isArray(fix) ? fix : isObj(fix) && Array.isArray(fix.edits) ? fix.edits : isObj(fix) && isObj(fix.edit) ? [fix.edit] : [fix];
  const edits: TextEdit[] = [];
  for (const raw of rawEdits) {
    const e = toTextEdit(raw, doc);
    if (!e) return undefined;
    edits.push(e);
  }
  if (edits.length === 0) return undefined;
  const unsafe = isObj(fix) && (fix.safe === false || fix.safety === 'unsafe' || fix.kind === 'unsafe' || fix.applicability === 'unsafe');
  return { edits, safe: !unsafe };
}

/** A zklint diagnostic for the document `file` (paths in `related` resolve against `baseDir`). */
export function toLspDiagnostic(d: Diagnostic, doc: TextLike, baseDir: string): LspDiagnostic {
  let message = d.message;
  if (d.zookeeper?.says) message += `\nZooKeeper says: "${d.zookeeper.says}"`;
  if (d.hint) message += `\nfix: ${d.hint}`;
  const out: LspDiagnostic = { range: toRange(d), severity: SEVERITY[d.severity], source: 'zklint', code: d.ruleId, message };
  if (d.docsUrl) out.codeDescription = { href: d.docsUrl };
  if (d.related?.length) {
    out.relatedInformation = d.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri: fileUri(r.file, baseDir), range: toRange(r) }, message: r.message ?? 'related' }),
    );
  }
  const data: FindingData = { ruleId: d.ruleId };
  if (d.hint) data.hint = d.hint;
  const fix = fixOf(d, doc);
  if (fix) data.fix = fix;
  out.data = data;
  return out;
}
