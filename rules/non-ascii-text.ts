import { defineRule } from '../src/rule.js';

/** Decodes Latin-1 characters as the UTF-8 bytes they came from; undefined when they are not valid UTF-8. */
function asUtf8(latin1: string): string | undefined {
  const bytes = Buffer.from(latin1, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

type Args = { part: 'key' | 'value'; key: string; meant: string; read: string };

const HIGH = /[\u0080-\u00ff]/;
const PARTS = ['key', 'value'] as const;

/** Properties.load decodes bytes as ISO-8859-1: UTF-8 text in a key or value turns into mojibake. */
export default defineRule({
  id: 'non-ascii-text',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'UTF-8 text in a key or value, which ZooKeeper reads as Latin-1 (mojibake).' },
  zookeeper: { effect: 'silent' },
  messages: {
    utf8Text: ({ part, key, meant, read }: Args) =>
      `The ${part} of ${JSON.stringify(key)} is UTF-8 text: ZooKeeper reads zoo.cfg as Latin-1, so ${JSON.stringify(meant)} becomes ${JSON.stringify(read)}.`,
  },
  hints: {
    utf8Text: 'Write non-ASCII characters as \\uXXXX escapes (e.g. \\u00e9 for é), or keep the value ASCII.',
  },
  check({ model, report }) {
    if (!HIGH.test(model.static.source.text)) return; // pure ASCII: nothing to decode
    for (const occ of model.static.occurrences) {
      for (const part of PARTS) {
        const text = part === 'key' ? occ.entry.rawKey : occ.entry.rawValue;
        if (!HIGH.test(text)) continue;
        if (part === 'key' && occ.entry.index === 0 && text.startsWith('\u00ef\u00bb\u00bf') && !/[\u0080-\u00ff]/.test(text.slice(3))) continue;
        const meant = asUtf8(text);
        if (meant === undefined || meant === text) continue; // real Latin-1 bytes: read as written
        report({
          messageId: 'utf8Text',
          args: { part, key: occ.key, meant: meant.trim(), read: text.trim() } satisfies Args,
          at: { occ, part },
        });
      }
    }
  },
});
