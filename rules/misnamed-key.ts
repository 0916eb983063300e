import { defineRule } from '../src/rule.js';
import { MISNAMED_KEYS } from '../src/model/ignored-keys.js';
import { renameKeyFix } from '../src/fix/edits.js';

/** Names that appear in documentation or blog posts but that ZooKeeper never reads from zoo.cfg. */
export default defineRule({
  id: 'misnamed-key',
  severity: 'warning',
  docs: { description: 'A documented-but-wrong key name (connectionMaxTokens…) or a key no version reads (requireClientAuthScheme).', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      const m = MISNAMED_KEYS.get(key);
      if (!m) continue;
      report({
        at: { occ, part: 'key' },
        message: `${key} does nothing: ${m.why}.${m.works ? ` The key that works in zoo.cfg is "${m.works}".` : ''}`,
        ...(m.works ? { hint: `Rename it to ${m.works} (check the value's meaning).` } : { hint: `Remove ${key}.` }),
        fix: m.works && !model.static.effective.has(m.works) ? renameKeyFix(occ, m.works) : undefined,
      });
    }
  },
});
