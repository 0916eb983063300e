/**
 * Fixes: `applyFixes` and the fix loop (pure), the rules' fixes on their fixtures, and the command's
 * --fix / --unsafe-fixes / --fix-dry-run (byte-exact writing, idempotence, symlinks, stdin).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixLoop, fixText, lintText, type Diagnostic, type DiagnosticFix } from '../src/index.js';
import { FIXTURES, loadFixtures } from './support/fixtures.js';

const fix = (start: number, end: number, text: string, safe = true, file = 'f'): DiagnosticFix => ({ safe, title: 't', edits: [{ file, start, end, text }] });

describe('applyFixes', () => {
  it('applies non-overlapping edits against the original offsets', () => {
    const r = applyFixes('abcdef', [fix(4, 5, 'E'), fix(0, 1, 'AA'), fix(2, 2, '+')]);
    expect(r.text).toBe('AAb+cdEf');
    expect(r.applied).toHaveLength(3);
    expect(r.skipped).toHaveLength(0);
  });

  it('leaves an overlapping fix for the next pass (the first one given wins)', () => {
    const a = fix(1, 4, 'X');
    const b = fix(3, 5, 'Y');
    const c = fix(1, 1, 'Z'); // an insertion where a starts: order would be a guess
    const r = applyFixes('abcdef', [a, b, c]);
    expect(r.text).toBe('aXef');
    expect(r.applied).toEqual([a]);
    expect(r.skipped).toEqual([b, c]);
  });

  it('applies a fix with several edits whole or not at all', () => {
    const two: DiagnosticFix = { safe: true, title: 't', edits: [{ file: 'f', start: 0, end: 1, text: '1' }, { file: 'f', start: 4, end: 6, text: '2' }] };
    const r = applyFixes('abcdef', [fix(5, 6, 'x'), two]);
    expect(r.text).toBe('abcdex');
    expect(r.skipped).toEqual([two]);
  });

  it('skips edits out of range, on another file, or with text that is not Latin-1', () => {
    const r = applyFixes('abc', [fix(2, 9, ''), fix(0, 1, 'x', true, 'other'), fix(0, 1, '\u20ac')], 'f');
    expect(r.text).toBe('abc');
    expect(r.applied).toHaveLength(0);
    expect(r.skipped).toHaveLength(3);
  });

  it('keeps every byte outside the edits: CRLF, Latin-1 bytes, no final newline', () => {
    const bytes = Buffer.from('a=\xe9\xff\r\nkey = v\r\n\x80z', 'latin1');
    const text = bytes.toString('latin1');
    const at = text.indexOf('key');
    const r = applyFixes(text, [fix(at, at + 3, 'KEY')]);
    const out = Buffer.from(r.text, 'latin1');
    expect(out.equals(Buffer.from('a=\xe9\xff\r\nKEY = v\r\n\x80z', 'latin1'))).toBe(true);
  });
});

describe('fixLoop', () => {
  const diag = (f: DiagnosticFix): Diagnostic =>
    ({ ruleId: 'r', messageId: 'm', severity: 'warning', message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1, fix: f }) as Diagnostic;

  it('relints until no fix applies, so overlapping fixes land on later passes', () => {
    // A toy linter: every "aa" is a finding fixed to "b"; the overlapping ones wait a pass.
    const lint = (texts: ReadonlyMap<string, string>): Diagnostic[] => {
      const t = texts.get('f') as string;
      const out: Diagnostic[] = [];
      for (let i = t.indexOf('aa'); i >= 0; i = t.indexOf('aa', i + 1)) out.push(diag(fix(i, i + 2, 'b')));
      return out;
    };
    const r = fixLoop(new Map([['f', 'aaaa-aaa']]), lint);
    expect(r.texts.get('f')).toBe('bb-ba');
    expect(r.diagnostics).toHaveLength(0);
    expect(r.converged).toBe(true);
    expect(r.passes).toBe(1);
  });

  it('applies unsafe fixes only when asked', () => {
    const lint = (texts: ReadonlyMap<string, string>) => ((texts.get('f') as string).startsWith('x') ? [diag(fix(0, 1, 'y', false))] : []);
    expect(fixLoop(new Map([['f', 'x']]), lint).texts.get('f')).toBe('x');
    expect(fixLoop(new Map([['f', 'x']]), lint, { unsafe: true }).texts.get('f')).toBe('y');
  });

  it('stops at the pass limit when fixes never settle', () => {
    // Each pass flips the text: a fix that undoes the last one.
    const lint = (texts: ReadonlyMap<string, string>) => [diag(fix(0, 1, texts.get('f') === 'a' ? 'b' : 'a'))];
    const r = fixLoop(new Map([['f', 'a']]), lint, { maxPasses: 3 });
    expect(r.passes).toBe(3);
    expect(r.converged).toBe(false);
    expect(r.texts.get('f')).toBe('b');
  });
});

describe('fixText (the library on the real rules)', () => {
  it('removes a BOM and moves an inline comment, byte for byte elsewhere (CRLF, Latin-1, no final newline)', () => {
    const input = Buffer.from('\xef\xbb\xbftickTime=2000\r\ndataDir=./data # caf\xe9\r\nclientPort=2181', 'latin1');
    const r = fixText(new Uint8Array(input), { filePath: 'zoo.cfg' });
    expect(Buffer.from(r.bytes).toString('latin1')).toBe('tickTime=2000\r\n# caf\xe9\r\ndataDir=./data\r\nclientPort=2181');
    expect(r.applied.map((f) => f.title).sort()).toEqual(['Move the comment to its own line', 'Remove the byte-order mark']);
    expect(r.results.flatMap((x) => x.diagnostics).filter((d) => d.fix?.safe)).toEqual([]);
    // Idempotent: fixing the fixed text changes nothing.
    const again = fixText(r.bytes, { filePath: 'zoo.cfg' });
    expect(again.applied).toHaveLength(0);
    expect(Buffer.from(again.bytes).equals(Buffer.from(r.bytes))).toBe(true);
  });
});

describe('the rules\' fixes on their fixtures', () => {
  const cases: Array<[fixture: string, unsafe: boolean, from: string, to: string]> = [
    ['bom-before-first-key/fires-bom', false, '\xef\xbb\xbftickTime=2000\n', 'tickTime=2000\n'],
    ['server-line-invalid/fires-trailing-space', false, 'server.2=127.0.0.2:2888:3888   \n', 'server.2=127.0.0.2:2888:3888\n'],
    ['inline-comment/fires-datadir-comment', false, 'dataDir=./data # snapshots\n', '# snapshots\ndataDir=./data\n'],
    ['inline-comment/fires-path-comment', false, '4lw.commands.whitelist=srvr, ruok # health checks\n', '# health checks\n4lw.commands.whitelist=srvr, ruok\n'],
    ['duplicate-key/fires-same-value', false, 'tickTime=2000\r\nclientPort=2181\r\n', 'tickTime=2000\r\n'],
    ['duplicate-key/fires-client-port-twice', true, 'clientPort=2181\nclientPort=2182\n', 'clientPort=2182\n'],
    ['unknown-key/fires-wrong-case', true, 'tickTIme=2000', 'tickTime=2000'],
    ['unknown-key/fires-doubled-prefix', true, 'zookeeper.snapshot.trust.empty=true', 'snapshot.trust.empty=true'],
    ['misnamed-key/fires-connection-max-tokens', true, 'connectionMaxTokens=100', 'connection_throttle_tokens=100'],
    ['datadir-required/fires-wrong-case', true, 'datadir=', 'dataDir='],
  ];
  for (const [fixture, unsafe, from, to] of cases) {
    it(`${fixture}: ${unsafe ? 'unsafe' : 'safe'} fix`, () => {
      const dir = join(FIXTURES, fixture);
      const bytes = readFileSync(join(dir, 'zoo.cfg'));
      const original = bytes.toString('latin1');
      expect(original).toContain(from);
      const opts = { cwd: dir, filePath: join(dir, 'zoo.cfg'), onHost: true };
      const r = fixText(new Uint8Array(bytes), { ...opts, unsafe });
      // Exactly the expected edit, every other byte as it was.
      expect(Buffer.from(r.bytes).equals(Buffer.from(original.replace(from, to), 'latin1'))).toBe(true);
      // The finding it fixed is gone, and a second run changes nothing.
      const fixedRule = fixture.split('/')[0];
      expect(r.results.flatMap((x) => x.diagnostics).filter((d) => d.ruleId === fixedRule && d.fix)).toEqual([]);
      expect(fixText(r.bytes, { ...opts, unsafe }).applied).toHaveLength(0);
      if (unsafe) expect(fixText(new Uint8Array(bytes), opts).applied).toHaveLength(0); // never applied without consent
    });
  }

  it('no fix (safe or unsafe) on any fixture adds an error zklint did not report before', () => {
    let fixed = 0;
    for (const c of loadFixtures()) {
      const bytes = new Uint8Array(readFileSync(c.configFile));
      const opts = { ...c.options, cwd: c.dir, filePath: c.configFile };
      const before = new Set(lintText(bytes, opts).flatMap((x) => x.diagnostics).filter((d) => d.severity === 'error').map((d) => d.ruleId));
      const r = fixText(bytes, { ...opts, unsafe: true });
      if (r.applied.length === 0) continue;
      fixed++;
      const added = r.results.flatMap((x) => x.diagnostics).filter((d) => d.severity === 'error' && !before.has(d.ruleId));
      expect(added, `${c.rule}/${c.name}`).toEqual([]);
    }
    expect(fixed).toBeGreaterThanOrEqual(10);
  });
});
