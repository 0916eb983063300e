/** printable (src/format/printable.ts): controls other than tab become \xNN escapes; everything else stays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../src/format/printable.js';

/** The definition, one code point at a time. */
function reference(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    out += c !== 0x09 && (c < 0x20 || (c >= 0x7f && c <= 0x9f)) ? `\\x${c.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

describe('printable', () => {
  it('escapes exactly the C0 and C1 controls but tab, whatever else the text holds (lone surrogates too)', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xa0 }), fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const s = String.fromCharCode(...units);
        expect(printable(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
    expect(printable('a\u001b[31mb\tc\u0085\r')).toBe('a\\x1b[31mb\tc\\x85\\x0d');
    expect(printable('plain text, caf\u00e9 \ud83d\ude00')).toBe('plain text, caf\u00e9 \ud83d\ude00');
  });
});
