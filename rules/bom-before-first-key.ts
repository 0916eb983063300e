import { defineRule } from '../src/rule.js';
import { lookupKey } from '../src/model/catalogue.js';

/** Properties.load reads bytes as Latin-1: a UTF-8 BOM becomes three characters glued to the first key. */
const BOM = '\u00ef\u00bb\u00bf';

type Bom = { key: string; known: boolean; defaultValue?: string };

export default defineRule({
  id: 'bom-before-first-key',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A UTF-8 byte-order mark glued to the first key, which ZooKeeper then ignores.' },
  zookeeper: { effect: 'silent' },
  messages: {
    bom: ({ key, known, defaultValue }: Bom) =>
      `The file starts with a UTF-8 byte-order mark: ZooKeeper reads it as three Latin-1 characters glued to the first key, ` +
      `so "${key}" becomes an unknown key and is ignored${known && defaultValue !== undefined ? ` (${key} stays at its default ${defaultValue})` : ''}.`,
  },
  hints: { bom: 'Save the file as UTF-8 without BOM (or plain ASCII).' },
  check({ model, report }) {
    const first = model.static.occurrences[0];
    if (!first || !first.key.startsWith(BOM)) return;
    const key = first.key.slice(BOM.length);
    const info = lookupKey(key);
    const defaultValue = info && 'default' in info && info.default !== undefined ? String(info.default) : undefined;
    report({ messageId: 'bom', args: { key, known: info !== undefined, defaultValue }, at: { occ: first, part: 'key' } });
  },
});
