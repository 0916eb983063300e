/**
 * The lenient and odd ways ZooKeeper reads values outside QuorumPeerConfig: Integer.getInteger /
 * Long.getLong (Integer.decode: hex, octal, silent default), Boolean.getBoolean, java.io.File's
 * path normalisation (what VerifyingFileFactory measures), and Java `int` arithmetic.
 */

export type Decoded = { ok: true; value: bigint; radix: 8 | 10 | 16 } | { ok: false };

/** Integer.decode / Long.decode: optional sign, then `0x`/`0X`/`#` hex, `0` octal, or decimal. */
export function javaDecode(s: string, bits: 32 | 64): Decoded {
  let i = 0;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    i = 1;
  }
  let radix: 8 | 10 | 16 = 10;
  if (s.startsWith('0x', i) || s.startsWith('0X', i)) {
    radix = 16;
    i += 2;
  } else if (s.startsWith('#', i)) {
    radix = 16;
    i += 1;
  } else if (s.startsWith('0', i) && s.length > i + 1) {
    radix = 8;
    i += 1;
  }
  const digits = s.slice(i);
  if (digits === '' || digits.startsWith('-') || digits.startsWith('+')) return { ok: false };
  const re = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(digits)) return { ok: false };
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : '';
  let value = BigInt(prefix + digits);
  if (neg) value = -value;
  const max = (1n << BigInt(bits - 1)) - 1n;
  const min = -(1n << BigInt(bits - 1));
  if (value < min || value > max) return { ok: false };
  return { ok: true, value, radix };
}

/** java.io.File#getPath on Unix: repeated `/` collapsed, a trailing `/` removed (except for `/`). */
export function javaFilePath(p: string): string {
  let out = p.replace(/\/+/g, '/');
  if (out.length > 1 && out.endsWith('/')) out = out.slice(0, -1);
  return out;
}

/** Java `int` multiplication (wraps around on overflow). */
export function javaIntMul(a: number, b: number): number {
  return Math.imul(a, b);
}

/** Values Boolean.getBoolean counts as true. */
export function sysBoolTrue(v: string): boolean {
  return v.toLowerCase() === 'true';
}
