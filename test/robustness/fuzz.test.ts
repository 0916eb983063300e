/**
 * Property tests: whatever bytes or near-valid config text zklint is given, lintText returns a
 * result (never throws), and every diagnostic points inside the file with 1-based positions.
 * Env: ZKLINT_FUZZ_RUNS (default 300).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { createMemoryFileSystem } from '../../src/fs.js';
import { lineStarts } from '../../src/load/positions.js';
import type { Diagnostic, FileResult } from '../../src/diagnostic.js';

const RUNS = Number(process.env.ZKLINT_FUZZ_RUNS ?? 300);
const FILE = '/cfg/zoo.cfg';
// A small tree the configs may point into: data dirs, myid files, a dynamic file.
const fs = createMemoryFileSystem({
  '/cfg/data/myid': '2\n',
  '/cfg/data/version-2/snapshot.0': 'x',
  '/cfg/bad/myid': 'x\x00y',
  '/cfg/zoo.cfg.dynamic': 'server.1=127.0.0.1:2888:3888;2181\nserver.2=127.0.0.2:2888:3888:observer;2181\n',
  '/cfg/empty': null,
});

/** Checks a position against the text of the file it names (Latin-1 decoded like zklint does). */
function checkInside(d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>, text: string) {
  const starts = lineStarts(text);
  const lineLen = (l: number) => (l < starts.length ? starts[l]! : text.length) - starts[l - 1]!;
  for (const [line, col] of [[d.line, d.column], [d.endLine, d.endColumn]] as const) {
    expect(Number.isInteger(line) && Number.isInteger(col)).toBe(true);
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(starts.length);
    expect(col).toBeGreaterThanOrEqual(1);
    expect(col).toBeLessThanOrEqual(lineLen(line) + 1);
  }
  expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
}

function checkResult(results: FileResult[], text: string) {
  expect(Array.isArray(results)).toBe(true);
  expect(results.length).toBeGreaterThanOrEqual(1);
  const texts = new Map([[FILE, text], ['/cfg/zoo.cfg.dynamic', new TextDecoder('latin1').decode(fs.readFile('/cfg/zoo.cfg.dynamic'))]]);
  for (const r of results) {
    for (const d of r.diagnostics) {
      expect(typeof d.message).toBe('string');
      expect(['error', 'warning', 'info']).toContain(d.severity);
      const t = texts.get(d.file);
      expect(t, `diagnostic in unexpected file ${d.file}`).toBeDefined();
      checkInside(d, t as string);
      for (const rel of d.related ?? []) {
        const rt = texts.get(rel.file);
        if (rt !== undefined) checkInside(rel, rt);
      }
    }
  }
}

const c = (...xs: string[]) => fc.constantFrom(...xs);
const key = c('tickTime', 'initLimit', 'syncLimit', 'dataDir', 'dataLogDir', 'clientPort', 'dynamicConfigFile',
  'standaloneEnabled', 'reconfigEnabled', 'server.1', 'server.2', 'server.3', 'server.01', 'server.x', 'group.1',
  'weight.1', 'weight.2', 'version', 'peerType', 'autopurge.snapRetainCount', '4lw.commands.whitelist', '__proto__',
  'constructor', 'tickTme', 'metricsProvider.className', 'ssl.quorum.x', 'secureClientPort', 'maxClientCnxns');
const value = c('2000', '10', '5', '-1', '0', '2147483648', '0x10', '10ms', ' 10 ', '', 'true', 'TRUE', 'yes',
  '/cfg/data', '/cfg/bad', '/cfg/empty', '/cfg/missing', './data', '/cfg/zoo.cfg.dynamic', '/cfg/zoo.cfg',
  '127.0.0.1:2888:3888', '127.0.0.2:2888:3888;2181', '127.0.0.3:2888:3888:observer', '127.0.0.1:2888',
  'host:a:b', '[::1]:2888:3888', '1:2:3', '1:1', '2', '\\u00e9', '\\u12', 'x\\', '\x1b[31mred', 'é');
const sep = c('=', ':', ' ', ' = ', '\t', '');
const eol = c('\n', '\r\n', '\r', '\\\n  ', '\n\n');
const noise = c('# comment', '! bang', '', '   ', '\\', '\x00', '\xff\xfe', '\ufeff');
const near = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.tuple(key, sep, value).map((xs) => xs.join('')) }, { weight: 1, arbitrary: noise }), { maxLength: 25 })
  .chain((lines) => fc.array(eol, { minLength: lines.length, maxLength: lines.length }).map((eols) => lines.map((l, i) => l + eols[i]).join('')));

describe('lintText never throws and positions stay inside the file', () => {
  it('arbitrary bytes (Uint8Array)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = lintText(bytes, { fs, filePath: FILE });
        checkResult(r, Buffer.from(bytes).toString('latin1'));
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary strings (including non-Latin-1 code points)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkResult(lintText(text, { fs, filePath: FILE }), text);
      }),
      { numRuns: RUNS },
    );
  });

  it('structured near-valid configs, as string and as bytes, for every ZooKeeper version', () => {
    fc.assert(
      fc.property(near, c('3.4', '3.5', '3.6', '3.7', '3.8', '3.9'), fc.boolean(), (text, zkVersion, onHost) => {
        const opts = { fs, filePath: FILE, zkVersion: zkVersion as '3.8', onHost, cwd: '/cfg', faultTolerance: 1 };
        checkResult(lintText(text, opts), text);
        const bytes = Buffer.from(text, 'latin1');
        checkResult(lintText(new Uint8Array(bytes), opts), bytes.toString('latin1'));
      }),
      { numRuns: RUNS },
    );
  });
});
