import { defineRule, type Report } from '../src/rule.js';
import type { ConfigFile } from '../src/model/config-file.js';
import { findPlaceholder, mayHavePlaceholder } from '../src/model/placeholder.js';

/** `where`: the key, or '' for a line without one; `kind`: the template dialect; `text`: the placeholder. */
type Args = { where: string; kind: string; text: string };

/** A template engine did not run: ZooKeeper reads the placeholder literally. */
export default defineRule({
  id: 'template-placeholder',
  scope: 'any',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'An unrendered template placeholder ({{ x }}, ${X}, %X%, <host>) in a key or value.' },
  zookeeper: { effect: 'silent' },
  messages: {
    unrendered: ({ where, kind, text }: Args) =>
      `${where === '' ? 'This line' : where} contains the ${kind} placeholder ${text}: the template was not rendered, and ZooKeeper reads it literally.`,
  },
  hints: {
    unrendered: 'Render the template before deploying (or replace the placeholder with the real value).',
  },
  check({ model, report }) {
    scan(model.static, report);
    if (model.dynamic?.file) scan(model.dynamic.file, report);
  },
});

/** Reports every line of `file` holding a placeholder (one scan of the whole text first: most files have none). */
function scan(file: ConfigFile, report: (r: Report<'unrendered'>) => void): void {
  if (!mayHavePlaceholder(file.source.text)) return;
  for (const occ of file.occurrences) {
    const { entry } = occ;
    const p = findPlaceholder(file.source.text.slice(entry.lineStart, entry.lineEnd));
    if (p) {
      report({
        messageId: 'unrendered',
        args: { where: occ.key, kind: p.kind, text: p.text } satisfies Args,
        at: { file: file.source, span: { start: entry.lineStart + p.index, end: entry.lineStart + p.index + p.text.length } },
      });
      continue;
    }
    if (!entry.continued) continue;
    // A placeholder split by a line continuation (`@ZK\` then `_DIR@` on the next line): ZooKeeper
    // joins the lines and reads it whole, and the value rules leave such values to this rule.
    const inKey = findPlaceholder(entry.key);
    const q = inKey ?? findPlaceholder(entry.value);
    if (q) report({ messageId: 'unrendered', args: { where: occ.key, kind: q.kind, text: q.text } satisfies Args, at: { occ, part: inKey ? 'key' : 'value' } });
  }
}
