/**
 * Agreement of src/model/java-lenient.ts with real Java: Integer.decode / Long.decode (what
 * Integer.getInteger and Long.getLong use for pass-through numbers) and java.io.File#getPath
 * (what VerifyingFileFactory measures). Fixed quirks plus fast-check strings, one JVM run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { javaDecode, javaFilePath } from '../src/model/java-lenient.js';
import { parseJavaInt, parseJavaLong } from '../src/model/java.js';
import { compileJava, javaAvailable, runJava, skipWithoutJava } from './support/java.js';

const QUIRKS = ['0', '00', '010', '08', '-010', '+7', '0x10', '0X1f', '#ff', '-#10', '-0x80000000', '0x80000000', '2147483647',
  '2147483648', '-2147483648', '-2147483649', '', '-', '+', '0x', '#', '0x-1', '--1', '+-1', ' 1', '1 ', '100k', '1_000',
  '9223372036854775807', '9223372036854775808', '-9223372036854775808', '077777777777', '0xFFFFFFFFFFFFFFFF'];
const PATHS = ['', '.', './', './/', 'x', 'x/', 'x//', '/', '//', '///a//b/', 'a/./b', './data', './/data', '../d', 'C:\\zk', 'a\\b/'];

const numChars = fc.constantFrom('0', '1', '7', '8', '9', 'a', 'F', 'x', 'X', '#', '-', '+', ' ', 'k');
const numbers = fc.array(numChars, { maxLength: 12 }).map((xs) => xs.join(''));
const pathChars = fc.constantFrom('/', '/', '.', 'a', 'b', '\\', ' ');
const paths = fc.array(pathChars, { maxLength: 8 }).map((xs) => xs.join(''));

/** Character.digit(c, 10) takes every Unicode decimal digit (one UTF-16 unit each), not other numerals. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xbe6, 0xe50, 0x1040, 0x17e0, 0x1810, 0xa620, 0xff10];
const unicodeChars = fc.oneof(
  fc.tuple(fc.constantFrom(...ZEROS), fc.integer({ min: 0, max: 9 })).map(([z, d]) => String.fromCharCode(z + d)),
  fc.constantFrom('\u00b2', '\u00b9', '\u2160', '\u0bf0', '\u1369', '\u{1d7ce}', '\u{1d7d9}', '\uff21', '\uff46', 'a', 'x', '#', '-', '+', '0', '\u00a0'),
);
const unicodeNumbers = fc.array(unicodeChars, { minLength: 0, maxLength: 8 }).map((xs) => xs.join(''));

describe.skipIf(skipWithoutJava())('java-lenient agrees with real Java', () => {
  it('Integer.parseInt, Long.parseLong and Integer.decode on Unicode digits', () => {
    expect(javaAvailable(), 'java and javac are needed').toBe(true);
    const nums = ['\u0662\u0661\u0668\u0661', '\uff15', '+\u0967', '-\u0660', '\u0660x\uff21', '0x\uff21', '#\uff46', '0\u0667', '0\u0668',
      '\u0662\u0661\u0664\u0667\u0664\u0668\u0663\u0666\u0664\u0668', '\u{1d7cf}', '\u00b2', '1\u00a0', ...fc.sample(unicodeNumbers, { numRuns: 400, seed: 5 })];
    const ops = ['parseInt', 'parseLong', 'decodeInt', 'decodeLong'] as const;
    const lines = ops.flatMap((op) => nums.map((n) => `${op}\t${n}`));
    const classDir = compileJava('LenientDump.java');
    const got = runJava(classDir, 'LenientDump', [], { input: lines.join('\n') + '\n' }).split('\n');
    const ours = ops.flatMap((op) =>
      nums.map((n) => {
        if (op === 'parseInt') {
          const r = parseJavaInt(n);
          return r.ok ? `ok ${r.value}` : 'err';
        }
        if (op === 'parseLong') {
          const r = parseJavaLong(n);
          return r.ok ? `ok ${r.value}` : 'err';
        }
        const d = javaDecode(n, op === 'decodeInt' ? 32 : 64);
        return d.ok ? `ok ${d.value}` : 'err';
      }),
    );
    const mismatches = lines.map((l, i) => [JSON.stringify(l), got[i], ours[i]]).filter(([, j, o]) => j !== o);
    expect(mismatches).toEqual([]);
  });

  it('Integer.decode, Long.decode and File#getPath', () => {
    expect(javaAvailable(), 'java and javac are needed').toBe(true);
    const nums = [...QUIRKS, ...fc.sample(numbers, { numRuns: 400, seed: 7 })];
    const ps = [...PATHS, ...fc.sample(paths, { numRuns: 200, seed: 11 })];
    const lines = [
      ...nums.map((n) => `decodeInt\t${n}`),
      ...nums.map((n) => `decodeLong\t${n}`),
      ...ps.map((p) => `filePath\t${p}`),
    ];
    const classDir = compileJava('LenientDump.java');
    const got = runJava(classDir, 'LenientDump', [], { input: lines.join('\n') + '\n' }).split('\n');
    const ours = [
      ...nums.map((n) => javaDecode(n, 32)),
      ...nums.map((n) => javaDecode(n, 64)),
    ].map((d) => (d.ok ? `ok ${d.value}` : 'err'));
    ours.push(...ps.map((p) => `[${javaFilePath(p)}]`));
    const mismatches = lines.map((l, i) => [l, got[i], ours[i]]).filter(([, j, o]) => j !== o);
    expect(mismatches).toEqual([]);
  });
});

describe('one helper per Java method', () => {
  it('Integer.getInteger decodes hex and octal and falls back on anything else', async () => {
    const { javaGetInteger } = await import('../src/model/java-lenient.js');
    const p = new Map([['a', '0x1F90'], ['b', '010'], ['c', '8081 '], ['d', '#10'], ['e', '99999999999']]);
    expect(['a', 'b', 'c', 'd', 'e', 'absent'].map((k) => javaGetInteger(p, k, 8080))).toEqual([8080, 8, 8080, 16, 8080, 8080]);
  });
  it('Boolean.getBoolean / Boolean.parseBoolean: "true" in any case, nothing else', async () => {
    const { javaGetBoolean, javaParseBoolean } = await import('../src/model/java.js');
    const p = new Map([['a', 'TRUE'], ['b', 'yes'], ['c', ' true']]);
    expect(['a', 'b', 'c', 'absent'].map((k) => javaGetBoolean(p, k))).toEqual([true, false, false, false]);
    expect([javaParseBoolean('True'), javaParseBoolean(undefined), javaParseBoolean('1')]).toEqual([true, false, false]);
  });
});
