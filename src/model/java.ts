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

function parseDecimal(s: string, min: bigint, max: bigint): Parsed<bigint> {
  const fail: Parsed<bigint> = { ok: false, says: `For input string: "${s}"` };
  let i = 0;
  if (s.length === 0) return fail;
  const first = s[0];
  if (first === '+' || first === '-') {
    if (s.length === 1) return fail;
    i = 1;
  }
  // Long.MIN_VALUE has 19 digits: anything much longer is out of range (and BigInt of a
  // megabyte of digits is slow).
  if (s.length - i > 40 && !/^0*$/.test(s.slice(i, s.length - 40))) return fail;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c < 0x30 || c > 0x39) return fail;
  }
  const value = BigInt(s.startsWith('+') ? s.slice(1) : s);
  if (value < min || value > max) return fail;
  return { ok: true, value };
}

/** Integer.parseInt(s): decimal, optional sign, no spaces, 32-bit range. */
export function parseJavaInt(s: string): Parsed<number> {
  const r = parseDecimal(s, INT_MIN, INT_MAX);
  return r.ok ? { ok: true, value: Number(r.value) } : r;
}

/** Long.parseLong(s): decimal, optional sign, no spaces, 64-bit range. */
export function parseJavaLong(s: string): Parsed<bigint> {
  return parseDecimal(s, LONG_MIN, LONG_MAX);
}

/** QuorumPeerConfig.parseBoolean (3.7+): `true`/`false` in any case, anything else is fatal. */
export function parseStrictBoolean(key: string, value: string): Parsed<boolean> {
  const v = value.toLowerCase();
  if (v === 'true') return { ok: true, value: true };
  if (v === 'false') return { ok: true, value: false };
  return { ok: false, says: `Invalid option ${value} for ${key}. Choose 'true' or 'false.'` };
}

/** Boolean.parseBoolean: true only for `true` in any case; anything else is silently false. */
export function parseLenientBoolean(value: string): boolean {
  return value.toLowerCase() === 'true';
}
