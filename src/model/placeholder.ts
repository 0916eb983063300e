/** Unrendered template syntax (Jinja/Helm/Mustache, envsubst, batch, docs, autoconf) in config text. */
export const PLACEHOLDERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\{\{.*?\}\}/, 'Jinja/Helm/Mustache'],
  [/\{%.*?%\}/, 'Jinja'],
  [/\{#.*?#\}/, 'Jinja comment'],
  [/\$\{[^}]*\}/, 'shell/envsubst'],
  [/%[A-Za-z_][A-Za-z0-9_]*%/, 'Windows/batch'],
  [/<[A-Za-z_][A-Za-z0-9_.-]*>/, 'documentation'],
  [/@[A-Z_][A-Z0-9_]*@/, 'autoconf/Maven'],
];

/** Every pattern needs one of these characters: most values have none, and skip the seven regexes. */
const TRIGGER = /[{$%<@]/;

/** Line terminators for `.` in a JavaScript regular expression (a lazy `.*?` never crosses them). */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * The leftmost `open .*? close` in `text` (what `/\{\{.*?\}\}/` finds), in one pass. The regex
 * retries from every opener and scans to the end of the line each time: quadratic on a line of
 * unclosed openers. Here: per line, only its first opener can start the leftmost match (a closer
 * after a later opener is after the first one too), so each character is looked at a bounded
 * number of times.
 */
function pairedOnLine(text: string, open: string, close: string): { index: number; text: string } | undefined {
  let from = 0;
  for (;;) {
    const i = text.indexOf(open, from);
    if (i < 0) return undefined;
    let j = i + open.length;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (isLineBreak(c)) break;
      if (c === close.charCodeAt(0) && text.charCodeAt(j + 1) === close.charCodeAt(1)) {
        return { index: i, text: text.slice(i, j + 2) };
      }
    }
    if (j >= text.length) return undefined;
    from = j + 1; // the next line
  }
}

/** `\$\{[^}]*\}` in one pass: the first `${` and the first `}` after it (`[^}]` crosses lines). */
function dollarBrace(text: string): { index: number; text: string } | undefined {
  const i = text.indexOf('${');
  if (i < 0) return undefined;
  const j = text.indexOf('}', i + 2);
  return j < 0 ? undefined : { index: i, text: text.slice(i, j + 1) };
}

type Finder = (text: string) => { index: number; text: string } | undefined;
const viaRegExp = (re: RegExp): Finder => (text) => {
  const m = re.exec(text);
  return m ? { index: m.index, text: m[0] } : undefined;
};

/**
 * The same search as PLACEHOLDERS, in linear time: the paired patterns are scanned by hand; the
 * others start only at their sigil and their run stops at the next sigil, so the regex is linear.
 */
const FINDERS: ReadonlyArray<readonly [Finder, string]> = [
  [(t) => pairedOnLine(t, '{{', '}}'), 'Jinja/Helm/Mustache'],
  [(t) => pairedOnLine(t, '{%', '%}'), 'Jinja'],
  [(t) => pairedOnLine(t, '{#', '#}'), 'Jinja comment'],
  [dollarBrace, 'shell/envsubst'],
  [viaRegExp(/%[A-Za-z_][A-Za-z0-9_]*%/), 'Windows/batch'],
  [viaRegExp(/<[A-Za-z_][A-Za-z0-9_.-]*>/), 'documentation'],
  [viaRegExp(/@[A-Z_][A-Z0-9_]*@/), 'autoconf/Maven'],
];

export function findPlaceholder(text: string): { index: number; text: string; kind: string } | undefined {
  if (!TRIGGER.test(text)) return undefined;
  for (const [find, kind] of FINDERS) {
    const m = find(text);
    if (m) return { index: m.index, text: m.text, kind };
  }
  return undefined;
}

/** False when `text` (a whole file, say) cannot hold a placeholder: one scan instead of one per line. */
export function mayHavePlaceholder(text: string): boolean {
  return TRIGGER.test(text);
}

/** True when a line or value holds template syntax: value rules leave it to template-placeholder. */
export function hasPlaceholder(text: string): boolean {
  return findPlaceholder(text) !== undefined;
}
