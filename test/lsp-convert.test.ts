/** Findings → LSP: ranges, related locations, and a rule's `fix` → text edits with its title, safe or unsafe. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { fixOf, toLspDiagnostic, toRange } from '../src/lsp/convert.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { lintText } from '../src/index.js';
import { applyFixes } from '../src/fix/index.js';

const doc = TextDocument.create('file:///x/zoo.cfg', 'properties', 1, 'tickTime=2000\nserver.1=127.0.0.1:2888:3888 \n');
const base: Diagnostic = { ruleId: 'r', messageId: 'm', severity: 'warning', message: 'm', file: '/x/zoo.cfg', line: 2, column: 29, endLine: 2, endColumn: 30 };

describe('LSP conversion', () => {
  it('maps 1-based inclusive-start, exclusive-end columns to 0-based ranges', () => {
    expect(toRange(base)).toEqual({ start: { line: 1, character: 28 }, end: { line: 1, character: 29 } });
  });

  it("turns a rule's fix into edits on the document that give the library's fixed text", () => {
    // Trailing whitespace in a server line (safe) and a typo'd key with one did-you-mean (unsafe).
    const text = 'tickTime=2000\ninitLimt=10\nsyncLimit=5\ndataDir=/zk\nclientPort=2181\nserver.1=127.0.0.1:2888:3888 \nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';
    const file = '/x/zoo.cfg';
    const d2 = TextDocument.create('file:///x/zoo.cfg', 'properties', 1, text);
    const found = lintText(text, { filePath: file, myid: '1' }).flatMap((r) => r.diagnostics).filter((d) => d.fix);
    expect(found.map((d) => [d.ruleId, d.fix?.safe])).toEqual(expect.arrayContaining([['server-line-invalid', true], ['unknown-key', false]].map((x) => expect.arrayContaining(x))));
    for (const d of found) {
      const f = fixOf(d, d2)!;
      expect(f.title).toBe(d.fix!.title);
      expect(f.safe).toBe(d.fix!.safe);
      // The editor's edits give exactly what the library's applyFixes gives.
      expect(TextDocument.applyEdits(d2, f.edits)).toBe(applyFixes(text, [d.fix!], file).text);
      expect(toLspDiagnostic(d, d2, '/x').data).toMatchObject({ ruleId: d.ruleId, fix: { safe: d.fix!.safe, title: d.fix!.title } });
    }
  });

  it('drops a fix with an edit on another file or outside the document', () => {
    const fix = { safe: true, title: 't', edits: [{ file: '/x/zoo.cfg', start: 0, end: 1, text: 'T' }] };
    expect(fixOf({ file: '/x/zoo.cfg', fix }, doc)?.edits).toHaveLength(1);
    expect(fixOf({ file: '/x/zoo.cfg', fix: { ...fix, edits: [...fix.edits, { file: '/x/other.cfg', start: 0, end: 1, text: '' }] } }, doc)).toBeUndefined();
    expect(fixOf({ file: '/x/zoo.cfg', fix: { ...fix, edits: [{ file: '/x/zoo.cfg', start: 0, end: 999, text: '' }] } }, doc)).toBeUndefined();
    expect(fixOf(base, doc)).toBeUndefined();
  });

  it('carries related locations and the docs link', () => {
    const d: Diagnostic = { ...base, docsUrl: 'https://example.invalid/r.md', related: [{ file: 'zoo.cfg.dynamic', line: 1, column: 1, endLine: 1, endColumn: 9, message: 'here' }] };
    const l = toLspDiagnostic(d, doc, '/x');
    expect(l.codeDescription).toEqual({ href: 'https://example.invalid/r.md' });
    expect(l.relatedInformation).toEqual([{ location: { uri: 'file:///x/zoo.cfg.dynamic', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } } }, message: 'here' }]);
  });
});
