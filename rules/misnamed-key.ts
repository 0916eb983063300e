import { defineRule } from '../src/rule.js';
import { MISNAMED_KEYS } from '../src/model/ignored-keys.js';
import { renameKeyFix } from '../src/fix/edits.js';

type Args = { key: string; why: string; works?: string };

/** Names that appear in documentation or blog posts but that ZooKeeper never reads from zoo.cfg. */
export default defineRule({
  id: 'misnamed-key',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A documented-but-wrong key name (connectionMaxTokens…) or a key no version reads (requireClientAuthScheme).' },
  zookeeper: { effect: 'silent' },
  messages: {
    hasWorkingName: ({ key, why, works }: Args) => `${key} does nothing: ${why}. The key that works in zoo.cfg is "${works}".`,
    noWorkingName: ({ key, why }: Args) => `${key} does nothing: ${why}.`,
  },
  hints: {
    hasWorkingName: ({ works }: Args) => `Rename it to ${works} (check the value's meaning).`,
    noWorkingName: ({ key }: Args) => `Remove ${key}.`,
  },
  check({ model, report }) {
    for (const occ of model.static.winners) {
      const key = occ.key;
      const m = MISNAMED_KEYS.get(key);
      if (!m) continue;
      report({
        messageId: m.works ? 'hasWorkingName' : 'noWorkingName',
        args: { key, why: m.why, works: m.works } satisfies Args,
        at: { occ, part: 'key' },
        fix: m.works && !model.static.effective.has(m.works) ? renameKeyFix(occ, m.works) : undefined,
      });
    }
  },
});
