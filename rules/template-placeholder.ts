import { defineRule, type LegacyReport as Report } from '../src/rule.js';
import type { ConfigFile } from '../src/model/config-file.js';
import { findPlaceholder, mayHavePlaceholder } from '../src/model/placeholder.js';

/** A template engine did not run: ZooKeeper reads the placeholder literally. */
export default defineRule({
  id: 'template-placeholder',
  scope: 'any',
  severity: 'warning',
  docs: { description: 'An unrendered template placeholder ({{ x }}, ${X}, %X%, <host>) in a key or value.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    scan(model.static, report);
    if (model.dynamic?.file) scan(model.dynamic.file, report);
  },
});

/** Reports every line of `file` holding a placeholder (one scan of the whole text first: most files have none). */
function scan(file: ConfigFile, report: (r: Report) => void): void {
  if (!mayHavePlaceholder(file.source.text)) return;
  for (let n = 0; n < file.occurrences.length; n++) {
    const occ = file.occurrences[n]!;
    const { lineSpan } = occ.entry;
    const line = file.source.text.slice(lineSpan.start, lineSpan.end);
    const p = findPlaceholder(line);
    if (!p) continue;
    report({
      at: { file: file.source, span: { start: lineSpan.start + p.index, end: lineSpan.start + p.index + p.text.length } },
      message: `${occ.key === '' ? 'This line' : occ.key} contains the ${p.kind} placeholder ${p.text}: the template was not rendered, and ZooKeeper reads it literally.`,
      hint: 'Render the template before deploying (or replace the placeholder with the real value).',
    });
  }
}
