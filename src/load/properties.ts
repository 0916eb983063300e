/**
 * Exact re-implementation of Java 17 `java.util.Properties.load(InputStream)`
 * (LineReader.readLine + load0 + loadConvert) that also records source positions.
 *
 * Input is the already-decoded ISO-8859-1 text (any string is accepted). A logical
 * line is kept as the list of source segments it was joined from, which gives a
 * per-character source-offset map, so spans are exact across continuation lines.
 * Linear time, no regular expressions, never throws.
 *
 * Deviation from Java on a malformed `\uXXXX` escape (Java throws and the whole
 * load fails): we record a PropertiesError spanning `\u` and up to 4 following
 * characters, keep the entry, copy that backslash and `u` into the key/value
 * literally and go on converting after the `u`. Every malformed escape is
 * reported (Java only ever sees the first one).
 */
import type { CommentLine, ParsedProperties, PropertyEntry, Span } from './properties-types.js';
import type { SourceFile } from './source.js';

export type { CommentLine, ParsedProperties, PropertiesError, PropertyEntry, Span } from './properties-types.js';

export const MALFORMED_UNICODE = 'Malformed \\uxxxx encoding.';

const SP = 32, TAB = 9, FF = 12, LF = 10, CR = 13, BSL = 92, HASH = 35, BANG = 33, EQ = 61, COLON = 58;

function isWs(c: number): boolean {
  return c === SP || c === TAB || c === FF;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Java's LineReader.readLine over a string, remembering where each logical line came from. */
class LineReader {
  pos = 0;
  /** Source segments [start, end, start, end, ...] whose concatenation is the logical line. */
  segs: number[] = [];
  /** Number of valid numbers in `segs` (twice the segment count); the array is reused. */
  segCount = 0;
  /** Source offset of the first character of the logical line (a dropped backslash included). */
  lineStart = -1;
  /** Source offset just after its last character (a dropped trailing backslash included). */
  contentEnd = -1;
  continued = false;
  /** Whether the text has a CR at all: without one, line ends are found by a native search for LF. */
  private readonly hasCR: boolean;

  constructor(private readonly text: string, private readonly comments: CommentLine[]) {
    this.hasCR = text.indexOf('\r') >= 0;
  }

  /** Length of the next logical line, or -1 at end of input. */
  readLine(): number {
    const text = this.text;
    const n = text.length;
    const segs = this.segs;
    let segCount = 0;
    this.segCount = 0;
    this.lineStart = -1;
    this.continued = false;
    let i = this.pos;
    let len = 0;
    let appendedLineBegin = false;
    for (;;) {
      // Skip leading whitespace; blank lines too, unless right after a continuation.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isWs(c) || (!appendedLineBegin && (c === CR || c === LF))) i++;
        else break;
      }
      if (i >= n) {
        this.pos = n;
        return len === 0 ? -1 : len;
      }
      appendedLineBegin = false;
      const first = text.charCodeAt(i);
      if (first === CR || first === LF) {
        // Empty continuation line: ends a non-empty logical line, else is just skipped.
        i++;
        if (len > 0) {
          this.pos = i;
          return len;
        }
        this.lineStart = -1;
        this.continued = false;
        continue;
      }
      let j = i + 1;
      if (!this.hasCR) {
        j = text.indexOf('\n', j);
        if (j < 0) j = n;
      } else {
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === CR || c === LF) break;
          j++;
        }
      }
      if (len === 0 && (first === HASH || first === BANG)) {
        this.comments.push(new Comment(text, i, j));
        if (j >= n) {
          this.pos = n;
          return -1;
        }
        i = j + 1;
        this.lineStart = -1;
        this.continued = false;
        continue;
      }
      // Physical content line [i, j): an odd run of trailing backslashes continues it.
      let k = j - 1;
      while (k >= i && text.charCodeAt(k) === BSL) k--;
      const precedingBackslash = (j - 1 - k) % 2 === 1;
      if (this.lineStart < 0) this.lineStart = i;
      this.contentEnd = j;
      const end = precedingBackslash ? j - 1 : j;
      if (end > i) {
        segs[segCount++] = i;
        segs[segCount++] = end;
        this.segCount = segCount;
      }
      len += end - i;
      // Java drops the backslash both at EOF and before a line terminator followed by EOF.
      if (j >= n || j + 1 >= n) {
        this.pos = n;
        return len;
      }
      if (!precedingBackslash) {
        this.pos = j + 1;
        return len;
      }
      this.continued = true;
      appendedLineBegin = true;
      i = j + 1;
      if (text.charCodeAt(j) === CR && text.charCodeAt(i) === LF) i++;
    }
  }
}

/** The current logical line (one reused object): its characters plus a map back to source offsets. */
const EMPTY_MAP = new Int32Array(0);

class Line {
  /** `str.charCodeAt(base + k)` is logical character k. */
  str = '';
  base = 0;
  /** When false, logical character k came from source offset `base + k` (one segment). */
  mapped = false;
  /** Source offsets of the logical characters when `mapped`; made on the first continued line, then grown and reused. */
  map = EMPTY_MAP;

  /** Whether the text has a backslash at all: without one, no key or value needs converting. */
  readonly hasBackslash: boolean;

  constructor(private readonly text: string) {
    this.hasBackslash = text.indexOf('\\') >= 0;
  }

  load(segs: number[], segCount: number, len: number): void {
    const text = this.text;
    if (segCount <= 2) {
      this.str = text;
      this.base = segCount === 0 ? 0 : segs[0]!;
      this.mapped = false;
      return;
    }
    if (this.map.length < len) this.map = new Int32Array(Math.max(len, this.map.length * 2));
    const map = this.map;
    let str = '';
    let k = 0;
    for (let s = 0; s < segCount; s += 2) {
      const a = segs[s]!, b = segs[s + 1]!;
      str += text.slice(a, b);
      for (let o = a; o < b; o++) map[k++] = o;
    }
    this.str = str;
    this.base = 0;
    this.mapped = true;
  }

  /** Source offset of logical character k. */
  src(k: number): number {
    return this.mapped ? this.map[k]! : this.base + k;
  }
}

/** Java's loadConvert over logical characters [from, to); malformed `\u` escapes go to `errors`. */
function loadConvert(line: Line, from: number, to: number, out: ParsedProperties): string {
  const { str, base } = line;
  if (!line.hasBackslash) return str.slice(base + from, base + to);
  // Look for a backslash inside [from, to) only: `str` may be the whole file, and searching to
  // its end for every entry made parsing quadratic in the file size.
  let bs = base + from;
  while (bs < base + to && str.charCodeAt(bs) !== BSL) bs++;
  if (bs >= base + to) return str.slice(base + from, base + to);
  let result = str.slice(base + from, bs);
  let k = bs - base;
  while (k < to) {
    const c = str.charCodeAt(base + k);
    if (c !== BSL) {
      let e = k + 1;
      while (e < to && str.charCodeAt(base + e) !== BSL) e++;
      result += str.slice(base + k, base + e);
      k = e;
      continue;
    }
    if (k + 1 >= to) break; // unreachable: LineReader never leaves a lone trailing backslash
    const esc = str.charCodeAt(base + k + 1);
    if (esc === 117 /* u */) {
      let value = 0;
      let ok = k + 2 <= to - 4;
      for (let h = 0; ok && h < 4; h++) {
        const v = hexVal(str.charCodeAt(base + k + 2 + h));
        if (v < 0) ok = false;
        else value = (value << 4) + v;
      }
      if (!ok) {
        const last = Math.min(k + 5, to - 1);
        out.errors.push({ message: MALFORMED_UNICODE, span: { start: line.src(k), end: line.src(last) + 1 } });
        result += '\\u';
        k += 2;
        continue;
      }
      result += String.fromCharCode(value);
      k += 6;
    } else {
      result += esc === 116 ? '\t' : esc === 114 ? '\r' : esc === 110 ? '\n' : esc === 102 ? '\f' : str[base + k + 1]!;
      k += 2;
    }
  }
  return result;
}

/**
 * A CommentLine that holds only where it is: its text is sliced from the source and its span made
 * when asked (a config of comments had kept a span object and a string per line).
 */
class Comment implements CommentLine {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get text(): string {
    return this.source.slice(this.start + 1, this.end);
  }
  get marker(): '#' | '!' {
    return this.source.charCodeAt(this.start) === HASH ? '#' : '!';
  }
  get span(): Span {
    return { start: this.start, end: this.end };
  }
  toJSON(): CommentLine {
    return { text: this.text, marker: this.marker, span: this.span, start: this.start, end: this.end };
  }
}

/**
 * The columns the entries of one parse share: where each entry's logical line starts (one Int32),
 * its key, value and line end as distances from there (five Uint16 while every one fits, Int32
 * from the first line of 64 KiB or more), and one flag byte (separator and `continued`), in typed
 * arrays grown by doubling. An entry object then holds only its key, value, index and this
 * table: a large config's entries had been 128 bytes each, two thirds of them offsets and flags;
 * six Int32 offsets a line took 25 bytes with the flags, these 15 (a file of 500,000 short lines
 * is ~10 MB smaller).
 */
class EntryColumns {
  starts = new Int32Array(16);
  /** Key start, key end, value start, value end and line end, each minus the line start. */
  deltas: Uint16Array | Int32Array = new Uint16Array(5 * 16);
  flags = new Uint8Array(16);
  /**
   * SlicedEntry's keys and values that Java converted (an escape, a joined line), by entry index;
   * made at the first one. A plain key or value (flag KEY_PLAIN, VALUE_PLAIN) is not kept: it is its
   * source text, sliced when read.
   */
  keys: string[] | undefined;
  values: string[] | undefined;
  /** Whether the entries are SlicedEntry (a large text) rather than HeldEntry. */
  readonly sliced: boolean;
  constructor(
    readonly text: string,
    readonly file: SourceFile | undefined,
  ) {
    this.sliced = text.length >= slicedEntries.from;
  }

  key(index: number): string {
    return this.flags[index]! & KEY_PLAIN ? this.text.slice(this.at(index, 0), this.at(index, 1)) : this.keys![index]!;
  }

  value(index: number): string {
    return this.flags[index]! & VALUE_PLAIN ? this.text.slice(this.at(index, 2), this.at(index, 3)) : this.values![index]!;
  }

  add(index: number, ks: number, ke: number, vs: number, ve: number, ls: number, le: number, flag: number): void {
    if (index >= this.flags.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const deltas = this.deltas instanceof Uint16Array ? new Uint16Array(this.deltas.length * 2) : new Int32Array(this.deltas.length * 2);
      deltas.set(this.deltas);
      this.deltas = deltas;
      const flags = new Uint8Array(this.flags.length * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    const dks = ks - ls;
    const dke = ke - ls;
    const dvs = vs - ls;
    const dve = ve - ls;
    const dle = le - ls;
    // A distance a Uint16 cannot hold (or a negative one, which no parse makes): Int32 from now on.
    if (this.deltas instanceof Uint16Array && (dks | dke | dvs | dve | dle) >>> 0 > 0xffff) this.deltas = Int32Array.from(this.deltas);
    this.starts[index] = ls;
    const o = index * 5;
    const deltas = this.deltas;
    deltas[o] = dks;
    deltas[o + 1] = dke;
    deltas[o + 2] = dvs;
    deltas[o + 3] = dve;
    deltas[o + 4] = dle;
    this.flags[index] = flag;
  }

  /** Entry `index`'s offset number `k` (0 key start, 1 key end, 2 value start, 3 value end, 4 line end). */
  at(index: number, k: number): number {
    return this.starts[index]! + this.deltas[index * 5 + k]!;
  }
}

const SEPARATORS = ['', '=', ':', ' '] as const;
const CONTINUED = 4;
/** The key (value) is its source text as it stands: one physical line, no backslash. */
const KEY_PLAIN = 8;
const VALUE_PLAIN = 16;

/**
 * A PropertyEntry read from its parse's columns: offsets, separator and `continued` come from the
 * shared table, the raw texts are sliced from the source and the spans made (a new object each
 * time) when asked. Where the key and value are is up to the two kinds below.
 */
abstract class Entry implements PropertyEntry {
  abstract readonly key: string;
  abstract readonly value: string;
  constructor(
    readonly index: number,
    protected readonly columns: EntryColumns,
  ) {}
  get keyStart(): number {
    return this.columns.at(this.index, 0);
  }
  get keyEnd(): number {
    return this.columns.at(this.index, 1);
  }
  get valueStart(): number {
    return this.columns.at(this.index, 2);
  }
  get valueEnd(): number {
    return this.columns.at(this.index, 3);
  }
  get lineStart(): number {
    return this.columns.starts[this.index]!;
  }
  get lineEnd(): number {
    return this.columns.at(this.index, 4);
  }
  get separator(): '=' | ':' | ' ' | '' {
    return SEPARATORS[this.columns.flags[this.index]! & 3]!;
  }
  get continued(): boolean {
    return (this.columns.flags[this.index]! & CONTINUED) !== 0;
  }
  get rawKey(): string {
    return this.columns.text.slice(this.keyStart, this.keyEnd);
  }
  get rawValue(): string {
    return this.columns.text.slice(this.valueStart, this.valueEnd);
  }
  get keySpan(): Span {
    return { start: this.keyStart, end: this.keyEnd };
  }
  get valueSpan(): Span {
    return { start: this.valueStart, end: this.valueEnd };
  }
  get lineSpan(): Span {
    return { start: this.lineStart, end: this.lineEnd };
  }
  /**
   * The file parsed (parseProperties' `file`) and the entry itself: with them an entry whose key
   * and value have nothing to trim stands as its own occurrence (src/model/config-file.ts), one
   * object a line instead of two.
   */
  get file(): SourceFile | undefined {
    return this.columns.file;
  }
  get entry(): this {
    return this;
  }
  /** As a plain object with its spans (JSON.stringify). */
  toJSON(): PropertyEntry {
    const { key, value, rawKey, rawValue, keySpan, valueSpan, lineSpan, separator, continued, index } = this;
    return { key, value, rawKey, rawValue, keySpan, valueSpan, lineSpan, separator, continued, index, keyStart: keySpan.start, keyEnd: keySpan.end, valueStart: valueSpan.start, valueEnd: valueSpan.end, lineStart: lineSpan.start, lineEnd: lineSpan.end };
  }
}

/** An entry of a small text, which holds its key and value (56 bytes): reading them costs nothing. */
class HeldEntry extends Entry {
  constructor(
    index: number,
    columns: EntryColumns,
    readonly key: string,
    readonly value: string,
  ) {
    super(index, columns);
  }
}

/**
 * An entry of a large text, which holds neither (40 bytes): a plain key or value (most) is sliced
 * from the source when read, a converted one is kept in the table. On 100,000 server lines the
 * entries and their strings had taken 120 bytes a line, these 40; reading a key makes a string each
 * time (the bench's large inputs lint 5-10% slower; all entries sliced, 10,000 small configs were
 * 16% slower), so small texts, where the bytes do not matter,
 * hold theirs.
 */
class SlicedEntry extends Entry {
  get key(): string {
    return this.columns.key(this.index);
  }
  get value(): string {
    return this.columns.value(this.index);
  }
}

/**
 * Texts this long or longer get entries that slice their keys and values (SlicedEntry). An object so
 * that tests can parse any text both ways and compare (test/properties.test.ts).
 */
export const slicedEntries = { from: 64 * 1024 };

/** `text` read as Java's Properties.load reads it; `file`, when given, is what each entry's `file` answers. */
export function parseProperties(text: string, file?: SourceFile): ParsedProperties {
  const out: ParsedProperties = { entries: [], comments: [], errors: [] };
  const reader = new LineReader(text, out.comments);
  const line = new Line(text);
  const columns = new EntryColumns(text, file);
  for (let limit = reader.readLine(); limit >= 0; limit = reader.readLine()) {
    line.load(reader.segs, reader.segCount, limit);
    const { str, base } = line;
    // ---- load0 ----
    let keyLen = 0;
    let valueStart = limit;
    let hasSep = false;
    let sepIdx = -1;
    let pb = false;
    while (keyLen < limit) {
      const c = str.charCodeAt(base + keyLen);
      if ((c === EQ || c === COLON) && !pb) {
        valueStart = keyLen + 1;
        hasSep = true;
        sepIdx = keyLen;
        break;
      } else if (isWs(c) && !pb) {
        valueStart = keyLen + 1;
        sepIdx = keyLen;
        break;
      }
      pb = c === BSL ? !pb : false;
      keyLen++;
    }
    while (valueStart < limit) {
      const c = str.charCodeAt(base + valueStart);
      if (!isWs(c)) {
        if (!hasSep && (c === EQ || c === COLON)) {
          hasSep = true;
          sepIdx = valueStart;
        } else break;
      }
      valueStart++;
    }
    out.entries.push(makeEntry(columns, reader, line, keyLen, sepIdx, valueStart, limit, out));
  }
  return out;
}

/** Whether logical characters [from, to) are their source text as it stands: one segment, no backslash (loadConvert would slice them). */
function plain(line: Line, from: number, to: number): boolean {
  if (line.mapped) return false;
  if (!line.hasBackslash) return true;
  const { str, base } = line;
  for (let k = base + from; k < base + to; k++) if (str.charCodeAt(k) === BSL) return false;
  return true;
}

function makeEntry(
  columns: EntryColumns, reader: LineReader, line: Line,
  keyLen: number, sepIdx: number, valueStart: number, limit: number, out: ParsedProperties,
): PropertyEntry {
  const index = out.entries.length;
  let ks: number, ke: number;
  if (keyLen > 0) {
    ks = line.src(0);
    ke = line.src(keyLen - 1) + 1;
  } else ks = ke = reader.lineStart;
  let vs: number, ve: number;
  if (valueStart < limit) {
    vs = line.src(valueStart);
    ve = reader.contentEnd;
  } else vs = ve = sepIdx >= 0 ? line.src(sepIdx) + 1 : ke;
  // A plain key or value is [ks, ke) or [vs, ve) of the source, exactly what loadConvert would return:
  // nothing is kept for it. (A value whose line ends in a backslash Java drops ends before ve: converted.)
  const sepChar = sepIdx >= 0 ? line.str.charCodeAt(line.base + sepIdx) : -1;
  const sep = sepChar === EQ ? 1 : sepChar === COLON ? 2 : sepChar >= 0 ? 3 : 0;
  let flag = sep | (reader.continued ? CONTINUED : 0);
  if (!columns.sliced) {
    const key = loadConvert(line, 0, keyLen, out);
    const value = loadConvert(line, valueStart, limit, out);
    columns.add(index, ks, ke, vs, ve, reader.lineStart, reader.contentEnd, flag);
    return new HeldEntry(index, columns, key, value);
  }
  if (plain(line, 0, keyLen)) flag |= KEY_PLAIN;
  else (columns.keys ??= [])[index] = loadConvert(line, 0, keyLen, out);
  if (valueStart >= limit || (plain(line, valueStart, limit) && vs + (limit - valueStart) === ve)) flag |= VALUE_PLAIN;
  else (columns.values ??= [])[index] = loadConvert(line, valueStart, limit, out);
  columns.add(index, ks, ke, vs, ve, reader.lineStart, reader.contentEnd, flag);
  return new SlicedEntry(index, columns);
}
