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

export function findPlaceholder(text: string): { index: number; text: string; kind: string } | undefined {
  if (!TRIGGER.test(text)) return undefined;
  for (const [re, kind] of PLACEHOLDERS) {
    const m = re.exec(text);
    if (m) return { index: m.index, text: m[0], kind };
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
