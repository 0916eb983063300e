/**
 * A binary or UTF-16 config is still text to ZooKeeper (ISO-8859-1): zklint says what stops it in
 * its words, and lints the bytes as text when nothing does. The words themselves are checked against
 * real 3.4, 3.8 and 3.9 by the differential suite (fixtures/config-unreadable/fires-binary-*); this
 * file checks the paths around them: bytes in memory, a file, an ensemble, the user's settings.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { binaryProblem } from '../src/load/source.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintEnsemble, lintFile, lintText } from '../src/index.js';
import type { Diagnostic } from '../src/diagnostic.js';

const CONTROLS = '\0\x01\x02\x03\x04\x05\x06\x07\0\n';
/**
 * An ensemble's config whose keys are spelt with \\u escapes (ZooKeeper reads them as usual): no
 * line starts with a key every config has, so control bytes make it binary to zklint's loader.
 */
const ESCAPED_ENSEMBLE = ['\\u0064ataDir=/var/lib/zookeeper', '\\u0063lientPort=2181', '\\u0069nitLimit=10', '\\u0073yncLimit=5',
  ...[1, 2, 3].map((i) => `\\u0073erver.${i}=10.0.0.${i}:2888:3888`)].join('\n') + '\n';
/** A comment of control bytes: enough to make a config of a few lines binary (binaryProblem). */
const BINARY_HEAD = `#${'\0\x01\x02\x03\x04\x05\x06\x07'.repeat(6)}\n`;
const bytes = (s: string) => Buffer.from(s, 'latin1');
const all = (r: { diagnostics: Diagnostic[] }[]) => r.flatMap((x) => x.diagnostics);

const noKey = bytes(CONTROLS + '\x0e\x0f\x10\x11\n');
const badEscape = bytes(CONTROLS + 'x=\\uZZ\n');
const badKnownKey = bytes(CONTROLS + '\x01maxClientCnxns=many\n');
const escapeBeforeKey = bytes(CONTROLS + '\x01maxClientCnxns=many\nx=\\u12\n');
// Keys spelt with \u escapes: no line starts with a key every config has, yet ZooKeeper starts.
const startsAnyway = bytes('#' + CONTROLS + '\\u0064ataDir=/var/lib/zookeeper\n\\u0063lientPort=2181\n');

const dir = mkdtempSync(join(tmpdir(), 'zklint-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function only(diags: Diagnostic[]): Diagnostic {
  expect(diags.map((d) => d.ruleId)).toEqual(['config-unreadable']);
  return diags[0] as Diagnostic;
}

describe('a binary config: what ZooKeeper does with its bytes', () => {
  it.each([
    ['no key ZooKeeper knows', noKey, 'dataDir is not set'],
    ['a \\u escape Java refuses', badEscape, 'Malformed \\uxxxx encoding.'],
    ['a known key whose value ZooKeeper refuses, met before it misses dataDir', badKnownKey, 'For input string: "many"'],
    ['the escape first: the properties loader refuses before any key is read', escapeBeforeKey, 'Malformed \\uxxxx encoding.'],
  ])('%s', (_name, input, says) => {
    const d = only(all(lintText(input, { filePath: 'zoo.cfg' })));
    expect(d.messageId).toBe('binary');
    expect(d.zookeeper).toEqual({ effect: 'fatal', says });
    expect(d.message).toContain(`(${says})`);
  });

  it('UTF-16: the same, in its own message', () => {
    const d = only(all(lintText(Buffer.from('dataDir=/var/lib/zookeeper\nclientPort=2181\n', 'utf16le'), { filePath: 'zoo.cfg' })));
    expect(d.messageId).toBe('utf16');
    expect(d.zookeeper).toEqual({ effect: 'fatal', says: 'dataDir is not set' });
  });

  it("the user's rule settings change what is shown, not what ZooKeeper does", () => {
    const d = only(all(lintText(badKnownKey, { filePath: 'zoo.cfg', rules: { 'datadir-required': 'off', 'invalid-integer': 'off' } })));
    expect(d.zookeeper?.says).toBe('For input string: "many"');
    expect(all(lintText(badKnownKey, { rules: { 'config-unreadable': 'off' } }))).toEqual([]);
  });

  it('bytes ZooKeeper starts with are linted as the text they are, in memory and in a file', () => {
    const asText = all(lintText(startsAnyway.toString('latin1'), { filePath: 'zoo.cfg' }));
    expect(asText.filter((d) => d.severity === 'error')).toEqual([]);
    expect(all(lintText(startsAnyway, { filePath: 'zoo.cfg' }))).toEqual(asText);
    const file = join(dir, 'starts.cfg');
    writeFileSync(file, startsAnyway);
    expect(all(lintFile(file)).map((d) => [d.ruleId, d.line, d.message])).toEqual(
      all(lintText(startsAnyway.toString('latin1'), { filePath: file })).map((d) => [d.ruleId, d.line, d.message]),
    );
  });

  it('a file on disk and an ensemble node say the same', () => {
    const bad = join(dir, 'bad.cfg');
    writeFileSync(bad, badEscape);
    expect(only(all(lintFile(bad))).zookeeper?.says).toBe('Malformed \\uxxxx encoding.');
    const starts = join(dir, 'node2.cfg');
    writeFileSync(starts, startsAnyway);
    const r = lintEnsemble([
      { name: 'a', path: bad },
      { name: 'b', path: starts, myid: 2 },
    ]);
    const byFile = new Map(r.results.map((x) => [x.file, x.diagnostics]));
    expect(only(byFile.get(bad) ?? []).zookeeper?.says).toBe('Malformed \\uxxxx encoding.');
    // The node ZooKeeper would start with is a node: linted, no config-unreadable.
    expect((byFile.get(starts) ?? []).map((d) => d.ruleId)).not.toContain('config-unreadable');
    expect(r.ensembles.flatMap((e) => e.nodes.map((n) => n.name))).toContain('b');
  });

  it('an ensemble node of binary bytes ZooKeeper starts with keeps the myid beside it, as its text would', () => {
    const body = ESCAPED_ENSEMBLE;
    const make = (kind: string, head: string) =>
      [1, 2, 3].map((n) => {
        const d = join(dir, kind, `node${n}`);
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'zoo.cfg'), Buffer.from(head + body, 'latin1'));
        writeFileSync(join(d, 'myid'), n === 3 ? '1\n' : `${n}\n`);
        return { name: `node${n}`, path: join(d, 'zoo.cfg') };
      });
    const ids = (r: ReturnType<typeof lintEnsemble>) => [...new Set(all(r.results).map((d) => d.ruleId))].sort();
    const text = lintEnsemble(make('text', '#\n'));
    const nodes = make('binary', BINARY_HEAD);
    expect(binaryProblem(readFileSync(nodes[0]!.path))?.code).toBe('binary');
    const binary = lintEnsemble(nodes);
    expect(ids(text)).toContain('ensemble-duplicate-myid');
    expect(ids(binary)).toEqual(ids(text));
  });

  it("an ensemble node is judged with its own root: the same words as lintFile's", () => {
    const root = join(dir, 'root');
    mkdirSync(join(root, 'var/lib/zookeeper'), { recursive: true });
    const cfg = join(dir, 'root-node.cfg');
    writeFileSync(cfg, Buffer.from(BINARY_HEAD + ESCAPED_ENSEMBLE, 'latin1'));
    expect(binaryProblem(readFileSync(cfg))?.code).toBe('binary');
    const alone = only(all(lintFile(cfg, { root })));
    const inEnsemble = only(all(lintEnsemble([{ name: 'n', path: cfg, root }]).results));
    expect(alone.zookeeper?.says).toBeDefined();
    expect(inEnsemble.zookeeper).toEqual(alone.zookeeper);
  });
});
