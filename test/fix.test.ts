/**
 * Fixes: `applyFixes` and the fix loop (pure), the rules' fixes on their fixtures, and the command's
 * --fix / --unsafe-fixes / --fix-dry-run (byte-exact writing, idempotence, symlinks, stdin).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixLoop, fixText, lintText, type Diagnostic, type DiagnosticFix } from '../src/index.js';
import { FIXTURES, loadFixtures } from './support/fixtures.js';
import { CLI, zklint } from './support/cli.js';

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
    ['quorum-limits-required/fires-no-initlimit', true, 'server.3=127.0.0.3:2888:3888\n', 'server.3=127.0.0.3:2888:3888\ninitLimit=10\n'],
    ['quorum-limits-required/fires-synclimit-zero', true, 'syncLimit=0', 'syncLimit=5'],
    ['quorum-limits-required/fires-negative-synclimit', true, 'syncLimit=-5', 'syncLimit=5'],
    ['client-port-required/fires-3-4-no-client-port', true, 'dataDir=./data\n', 'dataDir=./data\nclientPort=2181\n'],
  ];
  const fixtureOptions = new Map(loadFixtures().map((c) => [`${c.rule}/${c.name}`, c.options]));
  for (const [fixture, unsafe, from, to] of cases) {
    it(`${fixture}: ${unsafe ? 'unsafe' : 'safe'} fix`, () => {
      const dir = join(FIXTURES, fixture);
      const bytes = readFileSync(join(dir, 'zoo.cfg'));
      const original = bytes.toString('latin1');
      expect(original).toContain(from);
      const opts = { onHost: true, ...fixtureOptions.get(fixture), cwd: dir, filePath: join(dir, 'zoo.cfg') };
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

describe('zklint --fix / --unsafe-fixes / --fix-dry-run (the built command)', () => {
  // CRLF lines, a Latin-1 byte in a comment, no final newline; a BOM, an inline comment, an
  // identical duplicate (safe) and a typo'd key (unsafe).
  const ORIGINAL = Buffer.from('\xef\xbb\xbftickTime=2000\r\n# caf\xe9\r\ndataDir=./data # snapshots\r\nclientPort=2181\r\nclientPort=2181\r\ninitLImit=10', 'latin1');
  const SAFE = Buffer.from('tickTime=2000\r\n# caf\xe9\r\n# snapshots\r\ndataDir=./data\r\nclientPort=2181\r\ninitLImit=10', 'latin1');
  const UNSAFE = Buffer.from('tickTime=2000\r\n# caf\xe9\r\n# snapshots\r\ndataDir=./data\r\nclientPort=2181\r\ninitLimit=10', 'latin1');
  const tree = () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-fix-'));
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'zoo.cfg'), ORIGINAL);
    chmodSync(join(dir, 'conf', 'zoo.cfg'), 0o640);
    return dir;
  };
  const raw = (args: string[], cwd: string, input?: Buffer) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input: input ?? '', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
    return { code: r.status, stdout: r.stdout as Buffer, stderr: (r.stderr as Buffer).toString('utf8') };
  };

  it('--fix writes the safe fixes byte-exactly (CRLF, Latin-1, no final newline), keeps the mode, and is idempotent', () => {
    const dir = tree();
    const file = join(dir, 'conf', 'zoo.cfg');
    const r = zklint(['--fix', 'conf'], { cwd: dir });
    expect(r.stderr).toContain('zklint: applied 3 fixes to 1 file;');
    expect(r.stderr).toMatch(/\(1 fixable with --unsafe-fixes\)/);
    expect(readFileSync(file).equals(SAFE)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'conf'))).toEqual(['zoo.cfg']); // no temporary file left
    expect(r.code).toBe(0); // what remains is a warning
    const again = zklint(['--fix', 'conf'], { cwd: dir });
    expect(again.stderr).toContain('zklint: applied 0 fixes;');
    expect(readFileSync(file).equals(SAFE)).toBe(true);
    const unsafe = zklint(['--fix', '--unsafe-fixes', 'conf'], { cwd: dir });
    expect(unsafe.stderr).toContain('zklint: applied 1 fix to 1 file;');
    expect(readFileSync(file).equals(UNSAFE)).toBe(true);
  });

  it('the exit code is what remains after fixing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-fix-'));
    const file = join(dir, 'zoo.cfg');
    writeFileSync(file, 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888  \nserver.3=127.0.0.3:2888:3888\n');
    expect(zklint(['zoo.cfg'], { cwd: dir }).code).toBe(1); // server-line-invalid: an error
    const r = zklint(['--fix', '--format', 'json', 'zoo.cfg'], { cwd: dir });
    const out = JSON.parse(r.stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string; severity: string }> }> };
    expect(out.results[0]?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'latin1')).toContain('server.2=127.0.0.2:2888:3888\n');
  });

  it('--fix-dry-run prints a unified diff that patch applies to give the --fix result, and writes nothing', () => {
    const dir = tree();
    const file = join(dir, 'conf', 'zoo.cfg');
    const before = statSync(file).mtimeMs;
    const r = raw(['--fix-dry-run', '--unsafe-fixes', 'conf'], dir);
    expect(r.code).toBe(1); // fixes would apply
    expect(r.stderr).toContain('would apply 4 fixes to 1 file (dry run: nothing written)');
    const diff = r.stdout.toString('latin1');
    expect(diff).toMatch(/^--- a\/conf\/zoo\.cfg\n\+\+\+ b\/conf\/zoo\.cfg\n@@ -1,6 \+1,6 @@\n/);
    expect(diff).toContain('-initLImit=10\n\\ No newline at end of file\n+initLimit=10\n\\ No newline at end of file\n');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(join(dir, 'conf'))).toEqual(['zoo.cfg']);
    if (spawnSync('patch', ['--version']).status === 0) {
      const copy = join(dir, 'copy.cfg');
      writeFileSync(copy, ORIGINAL);
      const p = spawnSync('patch', ['-s', copy], { input: r.stdout });
      expect(p.status, String(p.stderr)).toBe(0);
      expect(readFileSync(copy).equals(UNSAFE)).toBe(true);
    }
    const none = zklint(['--fix-dry-run', 'conf'], { cwd: dir, env: {} });
    expect(none.code).toBe(1);
    zklint(['--fix', 'conf'], { cwd: dir });
    const clean = zklint(['--fix-dry-run', 'conf'], { cwd: dir });
    expect(clean.stdout).toBe('');
    expect(clean.stderr).toContain('no fixes to apply');
    expect(clean.code).toBe(0);
  });

  it('never writes through a symlink that leads out of the linted tree', () => {
    const dir = tree();
    const outside = join(mkdtempSync(join(tmpdir(), 'zklint-elsewhere-')), 'zoo.cfg');
    writeFileSync(outside, ORIGINAL);
    mkdirSync(join(dir, 'linted'));
    symlinkSync(outside, join(dir, 'linted', 'zoo.cfg'));
    const r = zklint(['--fix', 'linted/zoo.cfg'], { cwd: dir });
    expect(r.stderr).toContain(`not fixing linted/zoo.cfg: it resolves to ${realpathSync(outside)}, outside the folders being linted`);
    expect(r.stderr).toContain('3 fixes not written');
    expect(readFileSync(outside).equals(ORIGINAL)).toBe(true);
    expect(lstatSync(join(dir, 'linted', 'zoo.cfg')).isSymbolicLink()).toBe(true);
    // A link to a file in the same tree is written through, and stays a link.
    writeFileSync(join(dir, 'linted', 'real.cfg'), ORIGINAL);
    symlinkSync('real.cfg', join(dir, 'linted', 'alias.cfg'));
    const ok = zklint(['--fix', 'linted/alias.cfg'], { cwd: dir });
    expect(ok.stderr).toContain('applied 3 fixes to 1 file');
    expect(readFileSync(join(dir, 'linted', 'real.cfg')).equals(SAFE)).toBe(true);
    expect(lstatSync(join(dir, 'linted', 'alias.cfg')).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside).equals(ORIGINAL)).toBe(true);
  });

  it('--stdin --fix prints the fixed bytes on stdout and the findings on stderr; --stdin --fix-dry-run prints the diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-fix-'));
    const r = raw(['--stdin', '--fix'], dir, ORIGINAL);
    expect(r.stdout.equals(SAFE)).toBe(true);
    expect(r.stderr).toContain('unknown-key');
    expect(r.stderr).toContain('zklint: applied 3 fixes to 1 file;');
    const d = raw(['--stdin', '--fix-dry-run'], dir, ORIGINAL);
    expect(d.stdout.toString('latin1')).toContain('--- a/stdin\n+++ b/stdin\n');
    expect(d.code).toBe(1);
  });

  it('refuses flag combinations that make no sense, with a usage error', () => {
    const dir = tree();
    for (const [args, says] of [
      [['--unsafe-fixes', 'conf'], '--unsafe-fixes needs --fix'],
      [['--fix', '--fix-dry-run', 'conf'], 'give one of them'],
      [['--fix', '--write-baseline', 'b.json', 'conf'], 'run it without --fix'],
    ] as const) {
      const r = zklint([...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(says);
    }
    expect(readFileSync(join(dir, 'conf', 'zoo.cfg')).equals(ORIGINAL)).toBe(true);
  });
});

describe('the editor offers the same fixes (zklint lsp --stdio)', () => {
  it('a code action per fix, safe ones preferred; applying them gives what --fix writes', async () => {
    const { LspClient } = await import('./support/lsp-client.js');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'zklint-fix-lsp-'));
    const uri = pathToFileURL(join(dir, 'zoo.cfg')).href;
    const text = 'tickTime=2000\ndataDir=./data # snapshots\nclientPort=2181\nclientPort=2181\ninitLImit=10\n';
    const client = new LspClient();
    try {
      await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 50 } });
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text } });
      const diags = (await client.diagnosticsFor(uri)).diagnostics;
      type Action = { title: string; isPreferred?: boolean; edit?: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } };
      const fixes: Action[] = [];
      for (const d of diags) {
        const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        fixes.push(...actions.filter((a) => !a.title.startsWith('Disable ')));
      }
      const safe = fixes.filter((a) => a.isPreferred);
      const unsafe = fixes.filter((a) => !a.isPreferred);
      expect(safe).toHaveLength(2); // the comment, the identical duplicate
      expect(unsafe.map((a) => a.title)).toEqual([expect.stringContaining('unsafe')]); // initLImit → initLimit
      // Apply the safe actions' edits (they do not overlap) to the text, as an editor would.
      const lines = text.split('\n');
      const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      const edits = safe.flatMap((a) => a.edit!.changes[uri]!).map((e) => ({ file: 'f', start: offset(e.range.start), end: offset(e.range.end), text: e.newText }));
      const edited = applyFixes(text, [{ safe: true, title: 'lsp', edits }]).text;
      expect(edited).toBe(fixText(text, { filePath: join(dir, 'zoo.cfg') }).text);
      expect(edited).toBe('tickTime=2000\n# snapshots\ndataDir=./data\nclientPort=2181\ninitLImit=10\n');
    } finally {
      client.proc.kill();
    }
  });
});
