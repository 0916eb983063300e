/** A character printable() rewrites: C0 and C1 controls other than tab. */
const UNPRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;

/**
 * Makes config text safe for a terminal: control characters (ESC, BEL, CR, C1 controls…) are
 * shown as escapes, so a value holding terminal escape sequences cannot act on the terminal.
 */
export function printable(s: string): string {
  // Almost every text is printable as it is: no per-character copy (a report prints many lines).
  if (!UNPRINTABLE.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x09) out += '\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}
