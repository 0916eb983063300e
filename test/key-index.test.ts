/**
 * KeyIndex (src/model/key-index.ts), the key table of large configs, answers as the Map built for
 * small ones: same size, same winner for every key (the last occurrence), absent keys absent, and
 * the same keys in the same (first-seen) order through every way of iterating.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfigFile, KEY_INDEX_FROM, type Occurrence } from '../src/model/config-file.js';
import { KeyIndex } from '../src/model/key-index.js';
import { buildMembership } from '../src/model/membership.js';
import { sourceFromText } from '../src/load/source.js';

/** Occurrences as buildConfigFile makes them, for keys written as given. */
function occurrencesOf(keys: readonly string[]): Occurrence[] {
  const source = sourceFromText('/x/zoo.cfg', '');
  return keys.map((key, index) => ({ file: source, key, value: String(index), entry: { index } as Occurrence['entry'] }));
}

function expectSame(index: ReadonlyMap<string, Occurrence>, map: ReadonlyMap<string, Occurrence>, probes: readonly string[]): void {
  expect(index.size).toBe(map.size);
  expect([...index]).toEqual([...map]);
  expect([...index.entries()]).toEqual([...map.entries()]);
  expect([...index.keys()]).toEqual([...map.keys()]);
  expect([...index.values()]).toEqual([...map.values()]);
  const seen: Array<[string, Occurrence]> = [];
  index.forEach((v, k, m) => {
    expect(m).toBe(index);
    seen.push([k, v]);
  });
  expect(seen).toEqual([...map]);
  for (const key of [...map.keys(), ...probes]) {
    expect(index.get(key)).toBe(map.get(key));
    expect(index.has(key)).toBe(map.has(key));
  }
}

const mapOf = (occurrences: readonly Occurrence[]) => new Map(occurrences.map((o) => [o.key, o]));

describe('KeyIndex', () => {
  it('answers as a Map of the same occurrences (repeated keys, any characters, keys absent)', () => {
    // Few distinct keys from a small alphabet: repeats and near-collisions are common.
    const key = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', '.', '\u00e9', '\ud83d'), maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', 'toString', ''));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.array(key, { maxLength: 10 }), (keys, probes) => {
        const occurrences = occurrencesOf(keys);
        expectSame(new KeyIndex(occurrences, (o) => o.key), mapOf(occurrences), probes);
      }),
      { numRuns: 500 },
    );
  });

  it('holds thousands of keys that differ only in their last characters', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `unknownKey${i % 3700}`);
    const occurrences = occurrencesOf(keys);
    expectSame(new KeyIndex(occurrences, (o) => o.key), mapOf(occurrences), ['unknownKey3700', 'unknownKey', 'unknownKey0 ']);
  });

  it('is what buildConfigFile uses from KEY_INDEX_FROM entries on, with the same winners and effective values', () => {
    const lines = Array.from({ length: KEY_INDEX_FROM + 10 }, (_, i) => `key${i % (KEY_INDEX_FROM - 5)} = ${i}`);
    const file = buildConfigFile(sourceFromText('/x/zoo.cfg', lines.join('\n')));
    expect(file.effective).toBeInstanceOf(KeyIndex);
    expect(file.effective.size).toBe(KEY_INDEX_FROM - 5);
    expect(file.effective.get('key3')?.value).toBe(String(KEY_INDEX_FROM - 5 + 3));
    expect(file.winners).toEqual([...mapOf(file.occurrences).values()]);
    const small = buildConfigFile(sourceFromText('/x/zoo.cfg', lines.slice(0, 10).join('\n')));
    expect(small.effective).toBeInstanceOf(Map);
  });

  it('holds the members of a large membership: the last valid line of each id, ids in first-seen order', () => {
    // server.7 and server.07 are one id; bad lines (ports, ids) are errors, not members.
    const lines = Array.from({ length: KEY_INDEX_FROM + 50 }, (_, i) => {
      // Distinct keys as written (Properties would keep only the last of a repeated one).
      const id = `${'0'.repeat(Math.floor(i / 1200))}${i % 1200}`;
      if (i % 97 === 0) return `server.${id}=h${i}:2888`;
      if (i % 89 === 0) return `server.x${id}=h${i}:2888:3888`;
      return `server.${id}=h${i}:2888:3888`;
    });
    const file = buildConfigFile(sourceFromText('/x/zoo.cfg', `dataDir=/d\n${lines.join('\n')}\n`));
    const m = buildMembership(file, '3.9', false);
    expect(m.members).toBeInstanceOf(KeyIndex);
    const expected = new Map<string, (typeof m.lines)[number]>();
    for (const d of m.lines) if (d.id !== undefined && !d.parsed.error) expected.set(d.id, d);
    expect([...m.members]).toEqual([...expected]);
    expect(m.members.size).toBe(expected.size);
    expect(m.members.get('7')?.occ.entry.value).toBe(expected.get('7')?.occ.entry.value);
    expect(m.voters.length + m.observers.length).toBe(expected.size);
  });
});
