/**
 * buildConfigFile's occurrences: one per entry, in file order, each with the key and value
 * ZooKeeper uses (trimmed) and its file. An entry with nothing to trim is its own occurrence (one
 * object a line); an entry with something to trim gets an occurrence of its own, and keeps its
 * key and value as Java stores them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfigFile } from '../src/model/config-file.js';
import { javaTrim } from '../src/model/java.js';
import { sourceFromText } from '../src/load/source.js';

function expectOccurrences(text: string): ReturnType<typeof buildConfigFile> {
  const source = sourceFromText('/x/zoo.cfg', text);
  const file = buildConfigFile(source);
  const entries = file.props.entries;
  expect(file.occurrences.length).toBe(entries.length);
  file.occurrences.forEach((occ, i) => {
    const entry = entries[i]!;
    expect(occ.entry).toBe(entry);
    expect(occ.file).toBe(source);
    expect(occ.key).toBe(javaTrim(entry.key));
    expect(occ.value).toBe(javaTrim(entry.value));
    const nothingToTrim = entry.key === javaTrim(entry.key) && entry.value === javaTrim(entry.value);
    expect(occ === entry, `line ${i}: ${JSON.stringify(entry.key)}=${JSON.stringify(entry.value)}`).toBe(nothingToTrim);
  });
  return file;
}

describe('occurrences', () => {
  it('an entry with nothing to trim is its own occurrence; one with something to trim has its own', () => {
    const file = expectOccurrences('tickTime=2000\n\\ dataDir = /data \t\nclientPort:2181\nkey\\u0020=v\ninitLimit=10 \n');
    const [tick, dataDir, port, escaped, init] = file.occurrences;
    expect(tick).toBe(file.props.entries[0]);
    expect(dataDir).not.toBe(file.props.entries[1]);
    expect(dataDir?.key).toBe('dataDir');
    expect(dataDir?.entry.key).toBe(' dataDir');
    expect(dataDir?.value).toBe('/data');
    expect(dataDir?.entry.value).toBe('/data \t');
    expect(port).toBe(file.props.entries[2]);
    expect(escaped?.key).toBe('key');
    expect(escaped?.entry.key).toBe('key ');
    expect(init?.value).toBe('10');
    expect(file.effective.get('dataDir')).toBe(dataDir);
    expect(JSON.parse(JSON.stringify(dataDir))).toMatchObject({ key: 'dataDir', value: '/data', entry: { key: ' dataDir' } });
  });

  it('when every entry is its own occurrence, the entries are the occurrences (one array)', () => {
    const file = expectOccurrences('tickTime=2000\ninitLimit=10\nsyncLimit=5\n');
    expect(file.occurrences).toBe(file.props.entries);
    expect(expectOccurrences('a=1\nb=2 \nc=3\n').occurrences).not.toBe(expectOccurrences('a=1\nb=2 \nc=3\n').props.entries);
  });

  it('holds on generated files (keys and values with and without spaces around them, escapes, continuations)', () => {
    const piece = fc.constantFrom('a', 'key', 'server.1', ' ', '\t', '\\ ', '\\u0020', '=', ':', '1', '/d', '\\\n  ', '#', '!', '\f');
    const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expectOccurrences(lines.join('\n'));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
