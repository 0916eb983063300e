import { defineRule } from '../src/rule.js';
import { lookupKey } from '../src/model/catalogue.js';
import { removeBomFix } from '../src/fix/edits.js';

/** Properties.load reads bytes as Latin-1: a UTF-8 BOM becomes three characters glued to the first key. */
const BOM = '\u00ef\u00bb\u00bf';

export default defineRule({
  id: 'bom-before-first-key',
  severity: 'warning',
  docs: { description: 'A UTF-8 byte-order mark glued to the first key, which ZooKeeper then ignores.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    const first = model.static.occurrences[0];
    if (!first || !first.key.startsWith(BOM)) return;
    const bare = first.key.slice(BOM.length);
    const info = lookupKey(bare);
    const def = info && 'default' in info && info.default !== undefined ? ` (${bare} stays at its default ${info.default})` : '';
    report({
      at: { occ: first, part: 'key' },
      message:
        `The file starts with a UTF-8 byte-order mark: ZooKeeper reads it as three Latin-1 characters glued to the first key, ` +
        `so "${bare}" becomes an unknown key and is ignored${info ? def : ''}.`,
      hint: 'Save the file as UTF-8 without BOM (or plain ASCII).',
      fix: removeBomFix(first),
    });
  },
});
