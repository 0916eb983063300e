/**
 * Makes config text safe for a terminal: control characters (ESC, BEL, CR, C1 controls…) are
 * shown as escapes, so a value holding terminal escape sequences cannot act on the terminal.
 */
export function printable(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x09) out += '\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}
