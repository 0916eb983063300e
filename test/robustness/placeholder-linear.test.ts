/** The placeholder search finds what the documented patterns find, in linear time on unclosed openers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholder, PLACEHOLDERS } from '../../src/model/placeholder.js';

/** The reference: the patterns as regular expressions, tried in order. */
function byRegExp(text: string) {
  for (const [re, kind] of PLACEHOLDERS) {
    const m = re.exec(text);
    if (m) return { index: m.index, text: m[0], kind };
  }
  return undefined;
}

describe('findPlaceholder', () => {
  it('agrees with the regular expressions on random text made of the sigils', () => {
    const alphabet = fc.constantFrom('{', '}', '%', '#', '$', '<', '>', '@', 'a', 'Z', '_', '\n', '\r', '\u2028', ' ', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (t) => {
        expect(findPlaceholder(t)).toEqual(byRegExp(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('a line of 2 MB of unclosed {{, {%, {# and ${ ends (the regexes take minutes)', () => {
    for (const open of ['{{', '{%', '{#', '${']) {
      const t = `x=${open.repeat(1 << 20)}`;
      expect(findPlaceholder(t)).toBeUndefined();
      expect(findPlaceholder(`${t}\n{{ y }}`)?.text).toBe('{{ y }}');
    }
  });
});
