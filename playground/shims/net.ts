/**
 * `node:net`'s `isIP` for the browser build of the playground, with Node's answers
 * (test/playground-shims.test.ts compares them on many strings).
 */
const V4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const V4 = `(?:${V4_PART}\\.){3}${V4_PART}`;
const H = '[0-9a-fA-F]{1,4}';
const V6_RE = new RegExp(
  '^(?:' +
    [
      `(?:${H}:){7}(?:${H}|:)`,
      `(?:${H}:){6}(?:${V4}|:${H}|:)`,
      `(?:${H}:){5}(?::${V4}|(?::${H}){1,2}|:)`,
      `(?:${H}:){4}(?:(?::${H}){0,1}:${V4}|(?::${H}){1,3}|:)`,
      `(?:${H}:){3}(?:(?::${H}){0,2}:${V4}|(?::${H}){1,4}|:)`,
      `(?:${H}:){2}(?:(?::${H}){0,3}:${V4}|(?::${H}){1,5}|:)`,
      `(?:${H}:){1}(?:(?::${H}){0,4}:${V4}|(?::${H}){1,6}|:)`,
      `(?::(?:(?::${H}){0,5}:${V4}|(?::${H}){1,7}|:))`,
    ].join('|') +
    ')(?:%[0-9a-zA-Z\\-.:]{1,})?$',
);

/**
 * Four decimal parts 0-255 without leading zeros, as V4 matches them, read without the regular
 * expression: V8 compiles one at its first use (no code cache keeps that), and every CLI start
 * asks this of the server addresses.
 */
export function isIPv4(s: string): boolean {
  const n = s.length;
  if (n < 7 || n > 15) return false;
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (s.charCodeAt(i) !== 0x2e) return false;
      i++;
    }
    const start = i;
    let value = 0;
    while (i < n && i - start < 4) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + (c - 0x30);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || digits > 3 || value > 255 || (digits > 1 && s.charCodeAt(start) === 0x30)) return false;
  }
  return i === n;
}

export function isIPv6(s: string): boolean {
  // Every form has a colon. Without one, the answer is known without running V6_RE: V8 compiles a
  // regular expression on its first use (no code cache keeps that), and this one is large, so a
  // host name (the usual server.N address) would cost the CLI's start a few milliseconds.
  return s.includes(':') && V6_RE.test(s);
}

export function isIP(s: string): 0 | 4 | 6 {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

export default { isIP, isIPv4, isIPv6 };
