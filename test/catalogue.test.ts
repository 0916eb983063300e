/** The key catalogue's lookup (src/model/catalogue.ts lookupKey): exact keys, then the first listed prefix that matches. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_PREFIXES, KEYS, lookupKey } from '../src/model/catalogue.js';

/** The lookup as the catalogue states it, scanning every prefix in order. */
function byScan(key: string) {
  const exact = KEYS.get(key);
  if (exact) return exact;
  for (const p of KEY_PREFIXES) if (key.startsWith(p.prefix)) return p;
  if (key.startsWith('group') || key.startsWith('weight')) return { prefix: key.startsWith('group') ? 'group' : 'weight', parsed: true };
  return undefined;
}

describe('lookupKey', () => {
  it('finds what a scan of every prefix in order finds, for keys near the catalogue and any other', () => {
    const near = [...KEYS.keys(), ...KEY_PREFIXES.map((p) => p.prefix), 'group', 'weight', ''];
    const key = fc.oneof(
      fc.tuple(fc.constantFrom(...near), fc.string({ maxLength: 6 })).map(([a, b]) => a + b),
      fc.tuple(fc.constantFrom(...near), fc.integer({ min: 0, max: 30 })).map(([a, n]) => a.slice(0, n)),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(key, (k) => {
        expect(lookupKey(k)).toEqual(byScan(k));
      }),
      { numRuns: 3000 },
    );
  });
});
