import { defineRule } from '../src/rule.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { parseStrictBoolean } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';

const LEGACY_STRICT: Record<string, string> = { standaloneEnabled: 'standalone mode', reconfigEnabled: 'reconfigEnabled flag' };

/** The keys QuorumPeerConfig parses as booleans. */
const BOOL_KEYS = keysWhere((info) => info.parsed && info.kind === 'bool');

type Bad = { key: string; value: string; version: string };
const HINT = ({ key }: Bad) => `Write ${key}=true or ${key}=false.`;

/**
 * Booleans are strict in 3.7+ (`yes` is fatal); before that most silently meant false, except
 * standaloneEnabled and reconfigEnabled, which 3.5+ already parsed strictly under other names.
 */
export default defineRule({
  id: 'invalid-boolean',
  severity: 'error',
  versions: 'all',
  docs: { description: "A boolean that is not 'true' or 'false': fatal in 3.7+, silently false before." },
  zookeeper: { effect: 'fatal', says: "Choose 'true' or 'false.'" },
  messages: {
    refused: ({ key, value }: Bad) =>
      `${key}=${JSON.stringify(value)} is not a boolean: ZooKeeper accepts only true or false (any case) and refuses to start.`,
    readAsFalse: ({ key, value, version }: Bad) =>
      `${key}=${JSON.stringify(value)} is silently read as false by ZooKeeper ${version} (only "true" counts); 3.7+ refuses to start on it.`,
  },
  hints: { refused: HINT, readAsFalse: HINT },
  check({ model, report }) {
    const strictAll = atLeast(model.version, '3.7');
    for (const occ of model.static.winners) {
      const key = occ.key;
      const info = BOOL_KEYS.get(key);
      if (info === undefined) continue;
      const value = occ.value;
      if (value === 'true' || value === 'false') continue; // the usual spellings; other cases go through ZooKeeper's parser
      if (!keyExistsIn(info, model.version) || parseStrictBoolean(key, value).ok) continue;
      const args: Bad = { key, value, version: model.version };
      const legacy = LEGACY_STRICT[key];
      if (strictAll || legacy) {
        // 3.5/3.6 name the two legacy-strict settings by what they are, 3.7+ by their key.
        const says = `Invalid option ${value} for ${strictAll ? key : legacy}. Choose 'true' or 'false.'`;
        report({ messageId: 'refused', args, at: { occ, part: value === '' ? 'key' : 'value' }, zookeeper: { effect: 'fatal', says } });
      } else {
        report({ messageId: 'readAsFalse', args, at: { occ, part: 'value' }, severity: 'warning', zookeeper: { effect: 'silent' } });
      }
    }
  },
});
