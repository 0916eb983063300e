/**
 * The lenient and odd ways ZooKeeper reads values outside QuorumPeerConfig: Integer.getInteger /
 * Long.getLong (Integer.decode: hex, octal, silent default), Boolean.getBoolean, java.io.File's
 * path normalisation (what VerifyingFileFactory measures), and Java `int` arithmetic.
 */

import { javaDigit } from './java.js';

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
  // Character.digit(c, radix), char by char: every Unicode decimal digit counts, and for hex
  // also the ASCII and fullwidth letters a-f / A-F.
  let ascii = '';
  for (let j = 0; j < digits.length; j++) {
    const c = digits.charCodeAt(j);
    let d = javaDigit(c);
    if (d < 0 && radix === 16) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x66) d = lower - 0x61 + 10;
      else if ((c >= 0xff21 && c <= 0xff26) || (c >= 0xff41 && c <= 0xff46)) d = ((c - 0xff21) % 0x20) + 10;
    }
    if (d < 0 || d >= radix) return { ok: false };
    ascii += d.toString(16);
  }
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : '';
  let value = BigInt(prefix + ascii);
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


/** Integer.getInteger(name, def): Integer.decode of the system property; absent or not a number gives `def`. */
export function javaGetInteger(props: ReadonlyMap<string, string>, name: string, def: number): number {
  const text = props.get(name);
  if (text === undefined) return def;
  const d = javaDecode(text, 32);
  return d.ok ? Number(d.value) : def;
}
