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
  /** The rule's words for the repair ("Remove the byte-order mark"). */
  title: string;
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

/**
 * A finding's `fix` as LSP edits on its own document: every edit must be on the finding's file and
 * inside the text (offsets in the linted text, which for the editor is the document's text), else
 * no fix at all (a half-applied fix is worse than none).
 */
export function fixOf(d: Pick<Diagnostic, 'file' | 'fix'>, doc: TextLike): FixData | undefined {
  const fix = d.fix;
  if (!fix || fix.edits.length === 0) return undefined;
  const length = doc.getText().length;
  const edits: TextEdit[] = [];
  for (const e of fix.edits) {
    if (e.file !== d.file || !Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > length) return undefined;
    edits.push({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text });
  }
  return { edits, safe: fix.safe, title: fix.title };
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
