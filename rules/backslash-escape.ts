import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';

const NAMED: Record<string, string> = { t: 'a tab', n: 'a line feed', r: 'a carriage return', f: 'a form feed' };

/** Properties.load treats `\` as an escape: `\t` `\n` `\r` `\f` become control characters, `\x` becomes `x`. */
export default defineRule({
  id: 'backslash-escape',
  severity: 'warning',
  docs: { description: 'A backslash in a value (Windows path) that Java reads as an escape.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    if (!model.static.source.text.includes('\\')) return; // no backslash anywhere
    for (let n = 0; n < model.static.occurrences.length; n++) {
      const occ = model.static.occurrences[n]!;
      const raw = occ.entry.rawValue;
      if (!raw.includes('\\') || hasPlaceholder(raw)) continue; // no escape here, or template-placeholder's
      const found: string[] = [];
      // From one backslash to the next; each escape is two characters.
      for (let i = raw.indexOf('\\'); i !== -1; i = raw.indexOf('\\', i + 2)) {
        const next = raw[i + 1];
        if (next === undefined || next === '\n' || next === '\r') break; // continuation
        if (next === '\\') continue;
        if (next === 'u') continue; // \uXXXX: malformed-unicode-escape judges it
        found.push(NAMED[next] ? `"\\${next}" became ${NAMED[next]}` : `"\\${next}" became "${next}"`);
      }
      if (found.length === 0) continue;
      report({
        at: { occ, part: 'value' },
        message: `${occ.key}: a backslash is an escape character in zoo.cfg (${found.join(', ')}), so ZooKeeper reads ${JSON.stringify(occ.value)}.`,
        hint: `Write forward slashes or double every backslash: ${occ.key}=${raw.trim().replace(/\\(?!\\)/g, '/')}`,
      });
    }
  },
});
