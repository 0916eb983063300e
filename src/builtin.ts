/** Built-in rules link to their pages in this release's repository; custom rules bring their own `docs.url`. */
import { docsUrl } from './meta.js';
import type { AnyRule } from './rule.js';

export function documented<R extends AnyRule>(rules: readonly R[]): readonly R[] {
  return Object.freeze(rules.map((r) => (r.docs.url ? r : Object.freeze({ ...r, docs: Object.freeze({ ...r.docs, url: docsUrl(r.id) }) }))));
}
