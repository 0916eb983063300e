/**
 * Property test: parseProperties agrees with real Java 17 Properties.load.
 * fast-check generates tricky zoo.cfg-like files as bytes; all of them (plus a
 * fixed list of known quirks) are checked by ONE JVM run of test/java/PropsDump.
 * Env: ZKLINT_PROP_RUNS (default 400), ZKLINT_PROP_SEED (default fixed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProperties } from '../src/load/properties.js';
import { parseSliced } from './support/properties.js';
import { compileJava, javaAvailable, runJava, skipWithoutJava } from './support/java.js';

const RUNS = Number(process.env.ZKLINT_PROP_RUNS ?? 400);
const SEED = Number(process.env.ZKLINT_PROP_SEED ?? 0x2c1f7);

const c = (...xs: string[]) => fc.constantFrom(...xs);
const cat = (a: fc.Arbitrary<string[]>) => a.map((xs) => xs.join(''));
const latin1 = fc.integer({ min: 0, max: 255 }).map((x) => String.fromCharCode(x));
const high = fc.integer({ min: 0x80, max: 0xff }).map((x) => String.fromCharCode(x));

const ws = c('', '', ' ', '\t', '\f', '  ', ' \t\f ');
const eol = c('\n', '\n', '\r', '\r\n');
const goodEscapes = c('\\t', '\\n', '\\r', '\\f', '\\x', '\\ ', '\\=', '\\:', '\\#', '\\!', '\\\\', '\\u0041',
  '\\u00e9', '\\u00E9', '\\uD83D', '\\uffff', '\\u000a', '\\U0041', '\\uaBcD');
const badEscapes = c('\\u12', '\\u12G4', '\\u', '\\uzzzz', '\\u 123', '\\u00\\\n');
const escapes = fc.oneof({ weight: 15, arbitrary: goodEscapes }, { weight: 1, arbitrary: badEscapes });
const continuation = c('\\\n', '\\\r', '\\\r\n', '\\\n   ', '\\\r\n\t', '\\\n#not-a-comment', '\\\n!bang',
  '\\\n\n', '\\\n  \n', '\\\r\r', '\\\\\n', '\\\\\\\n', '\\\n\\\n', '\\\n=', '\\\n:');
const word = c('a', 'b', 'key', 'server.1', 'dataDir', 'clientPort', 'x=y', '2181', '/var/zk', 'é');
const keyPart = fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: escapes },
  { weight: 1, arbitrary: high }, { weight: 1, arbitrary: c('#', '!', '\\u00', '\\u0') },
  { weight: 1, arbitrary: continuation });
const valuePart = fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: escapes },
  { weight: 2, arbitrary: continuation }, { weight: 1, arbitrary: high },
  { weight: 1, arbitrary: c(' ', '\t', '=', ':', '#', '!', '  ', '\\') });
const sep = c('=', ':', ' ', '\t', '\f', ' = ', '\t:\t', '==', ':=', '=:', '', '  ', ' :', '= ');

const kvLine = fc.tuple(ws, cat(fc.array(keyPart, { maxLength: 4 })), sep, cat(fc.array(valuePart, { maxLength: 5 })), ws)
  .map((xs) => xs.join(''));
const commentLine = fc.tuple(ws, c('#', '!'), cat(fc.array(fc.oneof(word, latin1, c(' ', '\\')), { maxLength: 5 })),
  c('', '', '\\', '\\\\'))
  .map((xs) => xs.join(''));
const line = fc.oneof({ weight: 6, arbitrary: kvLine }, { weight: 2, arbitrary: commentLine }, { weight: 1, arbitrary: ws });
const structured = fc.tuple(
  c('', '', '', '\xef\xbb\xbf'),
  cat(fc.array(fc.tuple(line, eol).map(([l, e]) => l + e), { maxLength: 8 })),
  c('', '', 'tail', 'tail\\', '\\', '\\\n', '\r', 'k=v\\'),
).map((xs) => xs.join(''));

/** Unstructured soup of the same ingredients, to hit combinations no grammar thought of. */
const soup = cat(fc.array(fc.oneof(
  { weight: 3, arbitrary: c('=', ':', ' ', '\t', '\f', '#', '!', '\\', '\\\\', '\n', '\r', '\r\n', 'a', 'k', '\xef\xbb\xbf') },
  { weight: 2, arbitrary: escapes }, { weight: 2, arbitrary: continuation },
  { weight: 1, arbitrary: latin1 }, { weight: 1, arbitrary: word },
), { maxLength: 30 }));

const fileArb = fc.oneof({ weight: 3, arbitrary: structured }, { weight: 2, arbitrary: soup });

/** Known quirks, always checked. */
const FIXED = [
  '', '\\', '\\\n', '\\\n\n', '\\\n#c', '\\\n#c\nk=v', 'a\\', 'a\\\n', 'a\\\n  \nb', 'a\\\n#b', '\r', '\r\r\n',
  'k=v\\\r\n  w', 'k\\\r', '#c\\\nk=v', '  !c\n  k v', 'k\\u00', 'k=\\u00', 'k=\\u00\\\n41', '=v', ':v', ' =', 'k',
  'k=v\nk=w', '\\ k\\ = v ', 'k  :  = v', '\xef\xbb\xbfk=v', '\\\\\n', 'k=\\\\\\', '\f\t k\f=\fv\f',
];

function hex(s: string): string {
  return Buffer.from(s, 'latin1').toString('hex');
}

function lastWins(text: string, parse = parseProperties): { ok: boolean; map: [string, string][]; error?: string } {
  const p = parse(text);
  const m = new Map<string, string>();
  for (const e of p.entries) m.set(e.key, e.value);
  return { ok: p.errors.length === 0, map: [...m].sort(cmp), error: p.errors[0]?.message };
}

function cmp(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

describe.skipIf(skipWithoutJava())('parseProperties vs Java 17 Properties.load', () => {
  it('has a JDK to compare with (.ci/run installs one)', () => expect(javaAvailable()).toBe(true));
  it(`agrees on ${RUNS} generated files (seed ${SEED}) and ${FIXED.length} fixed ones`, () => {
    const samples = [...FIXED, ...fc.sample(fileArb, { seed: SEED, numRuns: RUNS })];
    const dir = mkdtempSync(join(tmpdir(), 'zklint-props-'));
    try {
      const files = samples.map((s, i) => {
        const f = join(dir, `${String(i).padStart(5, '0')}.properties`);
        writeFileSync(f, Buffer.from(s, 'latin1'));
        return f;
      });
      writeFileSync(join(dir, 'list.txt'), files.join('\n'));
      const classDir = compileJava('PropsDump.java');
      const lines = runJava(classDir, 'PropsDump', ['@' + join(dir, 'list.txt')]).split('\n').filter(Boolean);
      expect(lines.length).toBe(samples.length);

      const failures: string[] = [];
      const stats = { files: samples.length, javaErrors: 0, entries: 0, continued: 0, comments: 0, nonAscii: 0 };
      samples.forEach((s, i) => {
        const p = parseProperties(s);
        stats.entries += p.entries.length;
        stats.continued += p.entries.filter((e) => e.continued).length;
        stats.comments += p.comments.length;
        if (/[\x80-\xff]/.test(s)) stats.nonAscii++;
        const java = JSON.parse(lines[i]!) as { ok: boolean; entries?: Record<string, string>; error?: string };
        if (!java.ok) stats.javaErrors++;
        const javaMap = java.ok ? Object.entries(java.entries ?? {}).sort(cmp) : [];
        // Both kinds of entry: a small text's (held keys and values) and a large text's (sliced).
        for (const [kind, parse] of [['held', parseProperties], ['sliced', parseSliced]] as const) {
          const ours = lastWins(Buffer.from(s, 'latin1').toString('latin1'), parse);
          const same = java.ok === ours.ok && (java.ok ? JSON.stringify(javaMap) === JSON.stringify(ours.map) : java.error === ours.error);
          if (!same) {
            failures.push(`#${i} (${kind}) bytes=${hex(s)} text=${JSON.stringify(s)}\n  java=${lines[i]}\n  ours=${JSON.stringify(ours)}`);
          }
        }
      });
      console.log('properties oracle coverage:', JSON.stringify(stats));
      // Generator sanity: every interesting class of input must actually occur.
      expect(stats.javaErrors).toBeGreaterThan(0);
      expect(stats.javaErrors).toBeLessThan(stats.files);
      expect(stats.continued).toBeGreaterThan(0);
      expect(stats.comments).toBeGreaterThan(0);
      // Shortest counterexamples first: they are the easiest to read.
      failures.sort((a, b) => a.length - b.length);
      expect(failures.slice(0, 8).join('\n'), `${failures.length} mismatches`).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
