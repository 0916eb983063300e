/**
 * Java's parsing primitives as ZooKeeper uses them: String.trim, Integer.parseInt, Long.parseLong,
 * and ZooKeeper 3.7+'s strict boolean parser. Each returns the value or the exact text Java would
 * put in the exception, so diagnostics can quote ZooKeeper's own words.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; says: string };

/** java.lang.String#trim: strips every char <= U+0020 at both ends. */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

const fail = (s: string): { ok: false; says: string } => ({ ok: false, says: `For input string: "${s}"` });

const ND = /^\p{Nd}$/u;

/**
 * Character.digit(c, 10) for one UTF-16 unit: 0-9 for every Unicode decimal digit (general
 * category Nd: ASCII, Arabic-Indic U+0660, fullwidth U+FF10, Devanagari U+0966, ...), else -1.
 * Java parses char by char, so a supplementary digit (a surrogate pair) is never a digit.
 * Every run of Nd code points starts at a zero, so the value is the offset in the run mod 10.
 */
export function javaDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x660 || (c >= 0xd800 && c <= 0xdfff) || !ND.test(String.fromCharCode(c))) return -1;
  let k = 0;
  while (ND.test(String.fromCharCode(c - k - 1))) k++;
  return k % 10;
}

/**
 * `s` as an optional ASCII sign and ASCII digits when it is a sign followed by decimal digits
 * only (Unicode digits mapped to ASCII, as Character.digit reads them), else undefined.
 */
function normalDigits(s: string): string | undefined {
  if (s.length === 0) return undefined;
  const c0 = s.charCodeAt(0);
  const i = c0 === 0x2b || c0 === 0x2d ? 1 : 0;
  if (i === s.length) return undefined;
  let ascii = true;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c < 0x30 || c > 0x39) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = s.slice(0, i);
  for (let j = i; j < s.length; j++) {
    const d = javaDigit(s.charCodeAt(j));
    if (d < 0) return undefined;
    out += String.fromCharCode(0x30 + d);
  }
  return out;
}

/** Index of the first digit when `s` is an optional sign followed by decimal digits only, else -1. */
function digitsStart(s: string): number {
  const n = normalDigits(s);
  if (n === undefined) return -1;
  const c0 = n.charCodeAt(0);
  return c0 === 0x2b || c0 === 0x2d ? 1 : 0;
}

function parseDecimal(raw: string, min: bigint, max: bigint): Parsed<bigint> {
  const s = normalDigits(raw);
  if (s === undefined) return fail(raw);
  const i = digitsStart(s);
  // Long.MIN_VALUE has 19 digits: anything much longer is out of range (and BigInt of a
  // megabyte of digits is slow).
  if (s.length - i > 40 && !/^0*$/.test(s.slice(i, s.length - 40))) return fail(raw);
  const value = BigInt(i === 1 && s.charCodeAt(0) === 0x2b ? s.slice(1) : s);
  if (value < min || value > max) return fail(raw);
  return { ok: true, value };
}

/** Integer.parseInt(s): decimal, optional sign, no spaces, 32-bit range. */
export function parseJavaInt(raw: string): Parsed<number> {
  // Up to 15 digits a double is exact: no BigInt needed (the common case: ports, ticks, limits).
  const s = normalDigits(raw);
  if (s === undefined) return fail(raw);
  const i = digitsStart(s);
  if (s.length - i <= 15) {
    const n = Number(s);
    return n >= -2147483648 && n <= 2147483647 ? { ok: true, value: n === 0 ? 0 : n } : fail(raw);
  }
  const r = parseDecimal(raw, INT_MIN, INT_MAX);
  return r.ok ? { ok: true, value: Number(r.value) } : r;
}

/** Long.parseLong(s): decimal, optional sign, no spaces, 64-bit range. */
export function parseJavaLong(s: string): Parsed<bigint> {
  return parseDecimal(s, LONG_MIN, LONG_MAX);
}

/**
 * Long.parseLong(s) as the decimal text of the value (`"007"` → `"7"`, `"+3"` → `"3"`, `"-0"` → `"0"`):
 * how ids are compared. Short numbers (the usual ids) need no BigInt.
 */
export function javaLongText(raw: string): Parsed<string> {
  const s = normalDigits(raw);
  if (s !== undefined && s.length - digitsStart(s) <= 15) {
    const n = Number(s);
    return { ok: true, value: n === 0 ? '0' : String(n) };
  }
  const r = parseJavaLong(raw);
  return r.ok ? { ok: true, value: r.value.toString() } : r;
}

const PARSED_TRUE: Parsed<boolean> = Object.freeze({ ok: true, value: true });
const PARSED_FALSE: Parsed<boolean> = Object.freeze({ ok: true, value: false });

/** QuorumPeerConfig.parseBoolean (3.7+): `true`/`false` in any case, anything else is fatal. */
export function parseStrictBoolean(key: string, value: string): Parsed<boolean> {
  const v = value.toLowerCase();
  if (v === 'true') return PARSED_TRUE;
  if (v === 'false') return PARSED_FALSE;
  return { ok: false, says: `Invalid option ${value} for ${key}. Choose 'true' or 'false.'` };
}

/** Boolean.parseBoolean: true only for `true` in any case; absent (null) and anything else are silently false. */
export function javaParseBoolean(value: string | undefined): boolean {
  return value !== undefined && value.toLowerCase() === 'true';
}

/** Boolean.getBoolean(name): Boolean.parseBoolean of the system property `name`. */
export function javaGetBoolean(props: ReadonlyMap<string, string>, name: string): boolean {
  return javaParseBoolean(props.get(name));
}
