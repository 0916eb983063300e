/** Integer.parseInt / Long.parseLong semantics, against a BigInt reference of the Java rules. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { javaLongText, parseJavaInt, parseJavaLong } from '../src/model/java.js';

function reference(s: string, bits: 32 | 64): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const v = BigInt(s.startsWith('+') ? s.slice(1) : s);
  const lim = 2n ** BigInt(bits - 1);
  return v >= -lim && v < lim ? v : undefined;
}

const numberish = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.stringMatching(/^[+-]?[0-9]{0,25}$/),
  fc.constantFrom('2147483647', '2147483648', '-2147483648', '-2147483649', '+0', '-0', '0x10', ' 1', '1 ', '', '+', '-', '00000000000000000001'),
  fc.string(),
);

describe('Java number parsing', () => {
  it('parseJavaInt accepts exactly what Integer.parseInt accepts, with the same value', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        const r = parseJavaInt(s);
        const ref = reference(s, 32);
        expect(r.ok).toBe(ref !== undefined);
        if (r.ok) expect(r.value).toBe(Number(ref));
        else expect(r.says).toBe(`For input string: "${s}"`);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
  it('parseJavaLong accepts exactly what Long.parseLong accepts', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        const r = parseJavaLong(s);
        const ref = reference(s, 64);
        expect(r.ok).toBe(ref !== undefined);
        if (r.ok) expect(r.value).toBe(ref);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
  it('javaLongText gives the decimal text of the Long (ids compare by it), or the same error', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        const r = javaLongText(s);
        const ref = reference(s, 64);
        expect(r.ok).toBe(ref !== undefined);
        if (r.ok) expect(r.value).toBe(String(ref));
        else expect(r.says).toBe(`For input string: "${s}"`);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
