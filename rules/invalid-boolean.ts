import { defineRule } from '../src/rule.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { parseStrictBoolean } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';

const LEGACY_STRICT: Record<string, string> = { standaloneEnabled: 'standalone mode', reconfigEnabled: 'reconfigEnabled flag' };

/** The keys QuorumPeerConfig parses as booleans. */
const BOOL_KEYS = keysWhere((info) => info.parsed && info.kind === 'bool');

/** Booleans are strict in 3.7+ (`yes` is fatal); before that most silently meant false. */
export default defineRule({
  id: 'invalid-boolean',
  severity: 'error',
  docs: { description: "A boolean that is not 'true' or 'false': fatal in 3.7+, silently false before.", versions: 'all' },
  zookeeper: { effect: 'fatal', says: "Choose 'true' or 'false.'" },
  check({ model, report }) {
    const strictAll = atLeast(model.version, '3.7');
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      const info = BOOL_KEYS.get(key);
      if (info === undefined) continue;
      const v = occ.value;
      if (v === 'true' || v === 'false') continue; // the usual spellings; other cases go through ZooKeeper's parser
      if (!keyExistsIn(info, model.version) || parseStrictBoolean(key, v).ok) continue;
      const legacy = LEGACY_STRICT[key];
      if (strictAll || legacy) {
        const says = strictAll
          ? `Invalid option ${occ.value} for ${key}. Choose 'true' or 'false.'`
          : `Invalid option ${occ.value} for ${legacy}. Choose 'true' or 'false.'`;
        report({
          at: { occ, part: occ.value === '' ? 'key' : 'value' },
          message: `${key}=${JSON.stringify(occ.value)} is not a boolean: ZooKeeper accepts only true or false (any case) and refuses to start.`,
          hint: `Write ${key}=true or ${key}=false.`,
          zookeeper: { effect: 'fatal', says },
        });
      } else {
        report({
          severity: 'warning',
          at: { occ, part: 'value' },
          message: `${key}=${JSON.stringify(occ.value)} is silently read as false by ZooKeeper ${model.version} (only "true" counts); 3.7+ refuses to start on it.`,
          hint: `Write ${key}=true or ${key}=false.`,
          zookeeper: { effect: 'silent' },
        });
      }
    }
  },
});
