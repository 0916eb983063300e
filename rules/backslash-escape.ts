import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';

const NAMED: Record<string, string> = { t: 'a tab', n: 'a line feed', r: 'a carriage return', f: 'a form feed' };

type Escaped = { key: string; found: readonly string[]; value: string; raw: string };

/** Properties.load treats `\` as an escape: `\t` `\n` `\r` `\f` become control characters, `\x` becomes `x`. */
export default defineRule({
  id: 'backslash-escape',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A backslash in a value (Windows path) that Java reads as an escape.' },
  zookeeper: { effect: 'silent' },
  messages: {
    escaped: ({ key, found, value }: Escaped) =>
      `${key}: a backslash is an escape character in zoo.cfg (${found.join(', ')}), so ZooKeeper reads ${JSON.stringify(value)}.`,
  },
  hints: {
    escaped: ({ key, raw }: Escaped) => `Write forward slashes or double every backslash: ${key}=${raw.trim().replace(/\\(?!\\)/g, '/')}`,
  },
  check({ model, report }) {
    if (!model.static.source.text.includes('\\')) return; // no backslash anywhere
    for (const occ of model.static.occurrences) {
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
      report({ messageId: 'escaped', args: { key: occ.key, found, value: occ.value, raw }, at: { occ, part: 'value' } });
    }
  },
});
