/**
 * The language server end to end over JSON-RPC: the built `zklint lsp --stdio` is spawned and spoken
 * to as an editor would (initialize, open, change, hover, completion, code action, shutdown, exit).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, type LspDiag } from './support/lsp-client.js';
import { lintText } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'zklint-lsp-'));
mkdirSync(join(dir, 'data'));
const cfgPath = join(dir, 'zoo.cfg');
const uri = pathToFileURL(cfgPath).href;
// A quorum config whose data directory has no myid, a typo'd key and a duplicated key.
const TEXT = [
  'tickTime=2000',
  'initLimit=10',
  'syncLimit=5',
  `dataDir=${join(dir, 'data')}`,
  'clientPort=2181',
  'tickTim=3000',
  'clientPort=2182',
  'server.1=127.0.0.1:2888:3888',
  'server.2=127.0.0.2:2888:3888:observer;127.0.0.2:2181',
  'server.3=127.0.0.3:2888:3888',
  '',
].join('\n');
writeFileSync(cfgPath, TEXT);

let client: LspClient;
const byRule = (ds: LspDiag[], id: string) => ds.filter((d) => d.code === id);

beforeAll(async () => {
  client = new LspClient();
  const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 50, onHost: true } }); // as on the server: the data dir (and so the missing myid) is read
  expect(init.capabilities.hoverProvider).toBe(true);
  client.notify('initialized', {});
});

afterAll(() => {
  if (client.proc.exitCode === null) client.proc.kill();
});

describe('zklint lsp --stdio', () => {
  let diags: LspDiag[] = [];

  it('publishes diagnostics on open: severities, rule ids, docs links, related locations', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: TEXT } });
    diags = (await client.diagnosticsFor(uri)).diagnostics;
    const myid = byRule(diags, 'myid-missing');
    expect(myid).toHaveLength(1);
    expect(myid[0]!.severity).toBe(1);
    expect(myid[0]!.range.start.line).toBe(3);
    expect(myid[0]!.message).toContain('myid');
    const typo = byRule(diags, 'unknown-key')[0]!;
    expect(typo.severity).toBe(2);
    expect(typo.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 7 } });
    expect(typo.message).toContain('Did you mean "tickTime"');
    expect(typo.codeDescription?.href).toMatch(/rules\/unknown-key\.md$/);
    const dup = byRule(diags, 'duplicate-key')[0]!;
    expect(dup.relatedInformation?.[0]?.location.uri).toBe(uri);
    expect(dup.relatedInformation?.[0]?.location.range.start.line).toBe(4);
    expect(diags.every((d) => d.source === 'zklint')).toBe(true);
  });

  it('re-lints on change (the typo fixed, the finding gone)', async () => {
    const since = client.notifications.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 7 } }, text: 'tickTime' }],
    });
    const after = await client.diagnosticsFor(uri, since);
    expect(after.version).toBe(2);
    expect(byRule(after.diagnostics, 'unknown-key')).toHaveLength(0);
    expect(byRule(after.diagnostics, 'myid-missing')).toHaveLength(1);
  });

  it('hovers a key with its description, default and versions', async () => {
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    expect(h.contents.value).toContain('**initLimit**');
    expect(h.contents.value).toContain('Ticks a follower may take');
    expect(h.contents.value).toContain('read by ZooKeeper every release');
  });

  it('hovers a server line with its parsed parts', async () => {
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 20 } });
    expect(h.contents.value).toContain('server id `2`');
    expect(h.contents.value).toContain('host `127.0.0.2`, quorum port `2888`, election port `3888`');
    expect(h.contents.value).toContain('role: observer');
    expect(h.contents.value).toContain('client: `127.0.0.2:2181`');
  });

  it('completes keys the selected version reads', async () => {
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'autopur' }] });
    await client.diagnosticsFor(uri, since);
    const items = await client.request<Array<{ label: string; textEdit: { newText: string; range: unknown } }>>('textDocument/completion', { textDocument: { uri }, position: { line: 10, character: 7 } });
    const labels = items.map((i) => i.label);
    expect(labels).toContain('autopurge.purgeInterval');
    expect(labels).toContain('tickTime');
    // 3.8 reads no 3.9-only key; a pass-through key of 3.6 is offered.
    expect(items.find((i) => i.label === 'autopurge.purgeInterval')!.textEdit).toEqual({
      range: { start: { line: 10, character: 0 }, end: { line: 10, character: 7 } },
      newText: 'autopurge.purgeInterval=',
    });
    // Nothing is offered inside a value.
    const inValue = await client.request<unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 11 } });
    expect(inValue).toEqual([]);
  });

  it('offers a code action that silences a finding, and applying it silences it', async () => {
    const current = (await client.diagnosticsFor(uri, client.notifications.length - 1)).diagnostics;
    const dup = byRule(current, 'duplicate-key')[0]!;
    const actions = await client.request<Array<{ title: string; kind: string; edit: { changes: Record<string, Array<{ range: { start: { line: number } }; newText: string }>> } }>>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: dup.range, context: { diagnostics: [dup] } },
    );
    const disable = actions.find((a) => a.title === 'Disable duplicate-key for this line')!;
    expect(disable.kind).toBe('quickfix');
    const [edit] = disable.edit.changes[uri]!;
    expect(edit!.newText).toBe('# zklint-disable-next-line duplicate-key\n');
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: edit!.range.start.line, character: 0 }, end: { line: edit!.range.start.line, character: 0 } }, text: edit!.newText }] });
    const after = await client.diagnosticsFor(uri, since);
    // The silenced line moved down by one; the other duplicated key is still reported.
    const dups = byRule(after.diagnostics, 'duplicate-key');
    expect(dups).toHaveLength(byRule(current, 'duplicate-key').length - 1);
    expect(dups.some((d) => d.range.start.line === dup.range.start.line + 1)).toBe(false);
    expect(byRule(after.diagnostics, 'unused-suppression')).toHaveLength(0);
  });

  it("offers a rule's fix as a quick fix with the rule's title; applying it clears the finding", async () => {
    const fdir = mkdtempSync(join(tmpdir(), 'zklint-lsp-fix-'));
    const fpath = join(fdir, 'zoo.cfg');
    const furi = pathToFileURL(fpath).href;
    // A server line with trailing whitespace: ZooKeeper refuses it; trimming is a safe fix.
    const text = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/zk\nclientPort=2181\nserver.1=127.0.0.1:2888:3888 \nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';
    const expected = lintText(text, { filePath: fpath }).flatMap((r) => r.diagnostics).find((d) => d.ruleId === 'server-line-invalid' && d.fix)!;
    expect(expected.fix!.safe).toBe(true);
    client.notify('textDocument/didOpen', { textDocument: { uri: furi, languageId: 'properties', version: 1, text } });
    const found = byRule((await client.diagnosticsFor(furi)).diagnostics, 'server-line-invalid')[0]!;
    const actions = await client.request<Array<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } }>>(
      'textDocument/codeAction',
      { textDocument: { uri: furi }, range: found.range, context: { diagnostics: [found] } },
    );
    const fix = actions.find((a) => a.title === expected.fix!.title)!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri: furi, version: 2 }, contentChanges: fix.edit.changes[furi]!.map((e) => ({ range: e.range, text: e.newText })) });
    const after = await client.diagnosticsFor(furi, since);
    expect(byRule(after.diagnostics, 'server-line-invalid')).toHaveLength(0);
  });

  it('shows a broken linter config on the document and keeps linting; a malformed message does not stop the server', async () => {
    const other = mkdtempSync(join(tmpdir(), 'zklint-lsp-bad-'));
    writeFileSync(join(other, 'zklint.config.json'), '{ "rules": { "no-such-rule": "error" } }');
    const otherUri = pathToFileURL(join(other, 'zoo.cfg')).href;
    client.raw('{ this is not json');
    client.notify('textDocument/didOpen', { textDocument: { uri: otherUri, languageId: 'properties', version: 1, text: 'tickTime=2000\ndataDir=/var/lib/zk\nclientPort=99999\n' } });
    const d = (await client.diagnosticsFor(otherUri)).diagnostics;
    expect(d[0]!.message).toMatch(/^invalid linter config: .*no-such-rule/);
    expect(d.some((x) => x.code === 'port-range' || /99999/.test(x.message))).toBe(true);
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(h.contents.value).toContain('**tickTime**');
  });

  it('leaves documents that are not ZooKeeper configs alone', async () => {
    const other = pathToFileURL(join(dir, 'setup.cfg')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'ini', version: 1, text: '[metadata]\nname = x\n' } });
    expect((await client.diagnosticsFor(other)).diagnostics).toEqual([]);
  });

  it('shuts down and exits 0', async () => {
    await client.request('shutdown', null);
    client.notify('exit', null);
    expect(await client.exited()).toBe(0);
  });
});
