/** Example-based tests for parseProperties source positions and the positions helpers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProperties, type Span } from '../src/load/properties.js';
import { parseSliced } from './support/properties.js';
import { lineStarts, positionOf } from '../src/load/positions.js';

const slice = (text: string, s: Span) => text.slice(s.start, s.end);

describe('parseProperties positions', () => {
  it('gives key, value and line spans of a simple entry', () => {
    const text = 'tickTime=2000\nserver.1 = zk1:2888:3888\n';
    const [a, b] = parseProperties(text).entries;
    expect(a).toMatchObject({ key: 'tickTime', value: '2000', separator: '=', continued: false, index: 0 });
    expect(b).toMatchObject({ key: 'server.1', value: 'zk1:2888:3888', rawKey: 'server.1', separator: '=', index: 1 });
    expect(slice(text, b!.lineSpan)).toBe('server.1 = zk1:2888:3888');
    expect(positionOf(lineStarts(text), b!.valueSpan.start)).toEqual({ line: 2, column: 12 });
  });

  it('maps spans across a continuation line', () => {
    const text = 'dataDir = /var/\\\n    lib/zk\nnext=x';
    const p = parseProperties(text);
    const e = p.entries[0]!;
    expect(e).toMatchObject({ key: 'dataDir', value: '/var/lib/zk', continued: true, separator: '=' });
    expect(e.rawValue).toBe('/var/\\\n    lib/zk');
    const starts = lineStarts(text);
    expect(positionOf(starts, e.valueSpan.start)).toEqual({ line: 1, column: 11 });
    expect(positionOf(starts, e.valueSpan.end)).toEqual({ line: 2, column: 11 });
    expect(positionOf(starts, p.entries[1]!.keySpan.start)).toEqual({ line: 3, column: 1 });
  });

  it('a continuation line starting with # is value text, not a comment', () => {
    const p = parseProperties('k=a\\\n  #b\n');
    expect(p.comments).toEqual([]);
    expect(p.entries[0]!.value).toBe('a#b');
  });

  it('handles a CRLF file with comments, blank lines and a bare key', () => {
    const text = '# zoo.cfg\r\n  ! old \\\r\nclientPort: 2181\r\n\r\nstandaloneEnabled\r\n';
    const p = parseProperties(text);
    const starts = lineStarts(text);
    expect(p.comments.map((c) => [c.marker, c.text])).toEqual([['#', ' zoo.cfg'], ['!', ' old \\']]);
    expect(positionOf(starts, p.comments[1]!.span.start)).toEqual({ line: 2, column: 3 });
    expect(slice(text, p.comments[1]!.span)).toBe('! old \\');
    const [port, bare] = p.entries;
    expect(port).toMatchObject({ key: 'clientPort', value: '2181', separator: ':' });
    expect(positionOf(starts, port!.keySpan.start)).toEqual({ line: 3, column: 1 });
    expect(bare).toMatchObject({ key: 'standaloneEnabled', value: '', separator: '' });
    expect(bare!.valueSpan).toEqual({ start: bare!.keySpan.end, end: bare!.keySpan.end });
    expect(positionOf(starts, bare!.keySpan.start)).toEqual({ line: 5, column: 1 });
  });

  it('keeps escapes raw in rawKey and decoded in key', () => {
    const text = 'my\\ key\\=x = caf\\u00e9\\t';
    const e = parseProperties(text).entries[0]!;
    expect(e).toMatchObject({ key: 'my key=x', rawKey: 'my\\ key\\=x', value: 'café\t', rawValue: 'caf\\u00e9\\t' });
  });

  it('drops a backslash at EOF from the value but not from rawValue', () => {
    const e = parseProperties('k=v\\').entries[0]!;
    expect(e).toMatchObject({ value: 'v', rawValue: 'v\\', lineSpan: { start: 0, end: 4 } });
  });

  it('reports a malformed \\u escape with its span and keeps the entry', () => {
    const text = 'a=1\nk=x\\u12G4y\n';
    const p = parseProperties(text);
    expect(p.errors).toEqual([{ message: 'Malformed \\uxxxx encoding.', span: { start: 7, end: 13 } }]);
    expect(slice(text, p.errors[0]!.span)).toBe('\\u12G4');
    expect(p.entries.map((e) => [e.key, e.value])).toEqual([['a', '1'], ['k', 'x\\u12G4y']]);
  });

  it('keeps duplicate keys as separate entries', () => {
    const p = parseProperties('k=1\nk=2\n');
    expect(p.entries.map((e) => [e.key, e.value, e.index])).toEqual([['k', '1', 0], ['k', '2', 1]]);
  });

  it('parses a million lines, positions intact at the end (speed is measured by npm run bench)', () => {
    const text = 'server.1=zk1.example.com:2888:3888;2181\n# comment\n'.repeat(500_000);
    const p = parseProperties(text);
    expect(p.entries.length).toBe(500_000);
    expect(p.comments.length).toBe(500_000);
    const last = p.entries[p.entries.length - 1];
    expect(last?.keySpan.start).toBe(text.length - 50);
  }, 60_000);
});

describe('parseProperties invariants', () => {
  it('never throws on any string and keeps spans consistent', () => {
    const unit = fc.oneof(fc.constantFrom('\\', '\n', '\r', ' ', '=', ':', '#', '!', 'u', '0', 'a'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (text) => {
        const p = parseProperties(text);
        const inRange = (s: Span) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
        p.entries.forEach((e, i) => {
          expect(e.index).toBe(i);
          for (const s of [e.keySpan, e.valueSpan, e.lineSpan]) expect(inRange(s)).toBe(true);
          expect(e.rawKey).toBe(slice(text, e.keySpan));
          expect(e.rawValue).toBe(slice(text, e.valueSpan));
          expect(e.lineSpan.start <= e.keySpan.start && e.valueSpan.end <= e.lineSpan.end).toBe(true);
        });
        for (const c of p.comments) {
          expect(text[c.span.start]).toBe(c.marker);
          expect(c.text).toBe(text.slice(c.start + 1, c.end));
        }
        for (const err of p.errors) expect(text.slice(err.span.start, err.span.start + 2)).toBe('\\u');
      }),
      { seed: 42, numRuns: 1000 },
    );
  }, 30_000);
});

describe('entries that hold their key and value, and entries that slice them', () => {
  const unit = fc.oneof(
    fc.constantFrom('\\', '\n', '\r', '\r\n', ' ', '\t', '\f', '=', ':', '#', '!', 'u', '0', 'a', 'k', '\\u0041', '\\u12', '\\\n  ', 'server.1', '10.0.0.1:2888:3888'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  it('read the same: every field, the JSON, the escape errors (4,000 texts)', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (text) => {
        const held = parseProperties(text);
        const sliced = parseSliced(text);
        expect(held.entries.length).toBe(sliced.entries.length);
        held.entries.forEach((h, i) => {
          const s = sliced.entries[i]!;
          expect(s.constructor).not.toBe(h.constructor);
          expect({ key: s.key, value: s.value, rawKey: s.rawKey, rawValue: s.rawValue }).toEqual({ key: h.key, value: h.value, rawKey: h.rawKey, rawValue: h.rawValue });
          expect(JSON.stringify(s)).toBe(JSON.stringify(h));
        });
        expect(sliced.errors).toEqual(held.errors);
        expect(JSON.stringify(sliced.comments)).toBe(JSON.stringify(held.comments));
      }),
      { seed: 7, numRuns: 4000 },
    );
  }, 30_000);
  it('a text of 64 KiB or more gets sliced entries, a smaller one held ones', () => {
    const small = parseProperties('a=1\n').entries[0]!;
    const big = parseProperties(`a=1\n#${'x'.repeat(64 * 1024)}\n`).entries[0]!;
    expect(big.constructor).not.toBe(small.constructor);
    expect(Object.keys(small)).toContain('key');
    expect(Object.keys(big)).not.toContain('key');
    expect([big.key, big.value]).toEqual(['a', '1']);
  });
});

describe('entries read from shared columns', () => {
  it('keeps every entry its own offsets, separator and continuation across the columns growing', () => {
    // 5,000 entries: the column arrays (16 entries at first) double nine times while parsing.
    const seps = ['=', ':', ' ', ''] as const;
    const lines: string[] = [];
    const want: { keyStart: number; valueStart: number; separator: string; continued: boolean; key: string; value: string }[] = [];
    let at = 0;
    for (let i = 0; i < 5000; i++) {
      const sep = seps[i % 4]!;
      const continued = i % 7 === 0 && sep !== '';
      const key = `k${i}`;
      const value = sep === '' ? '' : `v${i}`;
      const line = continued ? `${key}${sep}v\\\n  ${i}` : `${key}${sep}${value}`;
      want.push({ keyStart: at, valueStart: sep === '' ? at + key.length : at + key.length + 1, separator: sep, continued, key, value: continued ? `v${i}` : value });
      lines.push(line);
      at += line.length + 1;
    }
    const text = lines.join('\n') + '\n';
    const { entries } = parseProperties(text);
    expect(entries.length).toBe(5000);
    entries.forEach((e, i) => {
      const w = want[i]!;
      expect({ index: e.index, key: e.key, value: e.value, keyStart: e.keyStart, valueStart: e.valueStart, separator: e.separator, continued: e.continued })
        .toEqual({ index: i, key: w.key, value: w.value, keyStart: w.keyStart, valueStart: w.valueStart, separator: w.separator, continued: w.continued });
      expect(e.lineStart).toBe(w.keyStart);
      expect(e.rawValue).toBe(text.slice(e.valueStart, e.valueEnd));
    });
  });

  it('keeps exact offsets when a line of 64 KiB or more comes after narrow ones, and after it', () => {
    // The distances from a line's start are held in 16 bits until one does not fit: then the
    // columns turn 32-bit, entries read before and after alike.
    const before = Array.from({ length: 100 }, (_, i) => `  k${i} = v${i}`);
    const after = Array.from({ length: 100 }, (_, i) => `z${i}:${i}`);
    const wide = [`big = ${'x'.repeat(70_000)}`, `${' '.repeat(66_000)}far=1`, `a\\\n${' '.repeat(70_000)}b=c`];
    const text = `${[...before, ...wide, ...after].join('\n')}\n`;
    const { entries } = parseProperties(text);
    expect(entries.map((e) => e.key)).toEqual([...before.map((_, i) => `k${i}`), 'big', 'far', 'ab', ...after.map((_, i) => `z${i}`)]);
    for (const e of entries) {
      const lineEnd = text.indexOf('\n', e.valueStart);
      expect({ lineStart: e.lineStart, value: text.slice(e.valueStart, e.valueEnd) }, e.key).toEqual({ lineStart: e.keyStart, value: e.continued ? e.rawValue : e.value });
      expect(e.rawKey).toBe(text.slice(e.keyStart, e.keyEnd));
      if (!e.continued) expect(text.slice(e.keyStart, e.keyEnd)).toBe(e.key);
      expect(e.lineEnd).toBe(lineEnd);
    }
    const ab = entries.find((e) => e.key === 'ab')!;
    expect(ab.keyEnd - ab.keyStart).toBe(70_004);
    expect(ab.value).toBe('c');
    expect(entries.find((e) => e.key === 'far')!.keyStart).toBe(text.indexOf('far='));
    expect(entries[3]!.keyStart).toBe(text.indexOf('k3 ='));
  });

  it('serializes an entry and a comment as plain objects with their spans', () => {
    const text = '# note\nkey = a\\\n  b\n';
    const p = parseProperties(text);
    expect(JSON.parse(JSON.stringify(p.entries[0]))).toEqual({
      key: 'key', value: 'ab', rawKey: 'key', rawValue: 'a\\\n  b', separator: '=', continued: true, index: 0,
      keySpan: { start: 7, end: 10 }, valueSpan: { start: 13, end: 19 }, lineSpan: { start: 7, end: 19 },
      keyStart: 7, keyEnd: 10, valueStart: 13, valueEnd: 19, lineStart: 7, lineEnd: 19,
    });
    expect(JSON.parse(JSON.stringify(p.comments[0]))).toEqual({ text: ' note', marker: '#', span: { start: 0, end: 6 }, start: 0, end: 6 });
  });
});

describe('lineStarts / positionOf', () => {
  it('counts \\r\\n, \\r and \\n as one break each', () => {
    const text = 'a\r\nb\rc\nd';
    const starts = lineStarts(text);
    expect([...starts]).toEqual([0, 3, 5, 7]);
    expect([...lineStarts('a\nb\n')]).toEqual([0, 2, 4]);
    expect([...lineStarts('')]).toEqual([0]);
    expect([...lineStarts('\r\r\n\n')]).toEqual([0, 1, 3, 4]);
    expect(positionOf(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(starts, 3)).toEqual({ line: 2, column: 1 });
    expect(positionOf(starts, 6)).toEqual({ line: 3, column: 2 });
    expect(positionOf(starts, 8)).toEqual({ line: 4, column: 2 });
  });
});
