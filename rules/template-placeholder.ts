import { defineRule } from '../src/rule.js';
import { findPlaceholder, mayHavePlaceholder } from '../src/model/placeholder.js';

/** A template engine did not run: ZooKeeper reads the placeholder literally. */
export default defineRule({
  id: 'template-placeholder',
  scope: 'any',
  severity: 'warning',
  docs: { description: 'An unrendered template placeholder ({{ x }}, ${X}, %X%, <host>) in a key or value.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    const files = [model.static, ...(model.dynamic?.file ? [model.dynamic.file] : [])];
    for (const file of files) {
      if (!mayHavePlaceholder(file.source.text)) continue;
      for (const occ of file.occurrences) {
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
  },
});
