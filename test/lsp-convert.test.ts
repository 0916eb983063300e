/** Findings → LSP: ranges, and a rule's `fix` data (in its several shapes) → text edits, safe or unsafe. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { fixOf, toLspDiagnostic, toRange } from '../src/lsp/convert.js';
import type { Diagnostic } from '../src/diagnostic.js';

const doc = TextDocument.create('file:///x/zoo.cfg', 'properties', 1, 'tickTime=2000\nserver.1=127.0.0.1:2888:3888 \n');
const base: Diagnostic = { ruleId: 'r', severity: 'warning', message: 'm', file: '/x/zoo.cfg', line: 2, column: 29, endLine: 2, endColumn: 30 };

describe('LSP conversion', () => {
  it('maps 1-based inclusive-start, exclusive-end columns to 0-based ranges', () => {
    expect(toRange(base)).toEqual({ start: { line: 1, character: 28 }, end: { line: 1, character: 29 } });
  });

  it('turns a line/column fix into a safe quick-fix edit', () => {
    const d = { ...base, fix: { range: { line: 2, column: 29, endLine: 2, endColumn: 30 }, text: '' } };
    expect(fixOf(d, doc)).toEqual({ safe: true, edits: [{ range: { start: { line: 1, character: 28 }, end: { line: 1, character: 29 } }, newText: '' }] });
    expect(toLspDiagnostic(d as Diagnostic, doc, '/x').data).toMatchObject({ ruleId: 'r', fix: { safe: true } });
  });

  it('reads offsets, several edits, and unsafe markings', () => {
    const d = { ...base, fix: { edits: [{ offsets: [0, 8], text: 'tickTime' }, { range: { start: 9, end: 13 }, text: '3000' }], safety: 'unsafe' } };
    const f = fixOf(d, doc)!;
    expect(f.safe).toBe(false);
    expect(f.edits.map((e) => [e.range.start, e.range.end, e.newText])).toEqual([
      [{ line: 0, character: 0 }, { line: 0, character: 8 }, 'tickTime'],
      [{ line: 0, character: 9 }, { line: 0, character: 13 }, '3000'],
    ]);
    expect(fixOf({ ...base, fix: [{ start: 0, end: 1, text: 'T' }] }, doc)?.safe).toBe(true);
    expect(fixOf({ ...base, fix: { edits: [{ offsets: [0, 1], text: 'T' }], safe: false } }, doc)?.safe).toBe(false);
  });

  it('drops a fix with any edit it does not understand or that falls outside the text', () => {
    expect(fixOf({ ...base, fix: { edits: [{ offsets: [0, 1], text: 'T' }, { where: 3, text: 'x' }] } }, doc)).toBeUndefined();
    expect(fixOf({ ...base, fix: { offsets: [0, 999], text: '' } }, doc)).toBeUndefined();
    expect(fixOf(base, doc)).toBeUndefined();
  });

  it('carries related locations and the docs link', () => {
    const d: Diagnostic = { ...base, docsUrl: 'https://example.invalid/r.md', related: [{ file: 'zoo.cfg.dynamic', line: 1, column: 1, endLine: 1, endColumn: 9, message: 'here' }] };
    const l = toLspDiagnostic(d, doc, '/x');
    expect(l.codeDescription).toEqual({ href: 'https://example.invalid/r.md' });
    expect(l.relatedInformation).toEqual([{ location: { uri: 'file:///x/zoo.cfg.dynamic', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } } }, message: 'here' }]);
  });
});
