/**
 * Agreement of src/model/java-lenient.ts with real Java: Integer.decode / Long.decode (what
 * Integer.getInteger and Long.getLong use for pass-through numbers) and java.io.File#getPath
 * (what VerifyingFileFactory measures). Fixed quirks plus fast-check strings, one JVM run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { javaDecode, javaFilePath } from '../src/model/java-lenient.js';
import { compileJava, javaAvailable, runJava } from './support/java.js';

const QUIRKS = ['0', '00', '010', '08', '-010', '+7', '0x10', '0X1f', '#ff', '-#10', '-0x80000000', '0x80000000', '2147483647',
  '2147483648', '-2147483648', '-2147483649', '', '-', '+', '0x', '#', '0x-1', '--1', '+-1', ' 1', '1 ', '100k', '1_000',
  '9223372036854775807', '9223372036854775808', '-9223372036854775808', '077777777777', '0xFFFFFFFFFFFFFFFF'];
const PATHS = ['', '.', './', './/', 'x', 'x/', 'x//', '/', '//', '///a//b/', 'a/./b', './data', './/data', '../d', 'C:\\zk', 'a\\b/'];

const numChars = fc.constantFrom('0', '1', '7', '8', '9', 'a', 'F', 'x', 'X', '#', '-', '+', ' ', 'k');
const numbers = fc.array(numChars, { maxLength: 12 }).map((xs) => xs.join(''));
const pathChars = fc.constantFrom('/', '/', '.', 'a', 'b', '\\', ' ');
const paths = fc.array(pathChars, { maxLength: 8 }).map((xs) => xs.join(''));

describe('java-lenient agrees with real Java', () => {
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
