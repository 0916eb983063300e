import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';

/** The one value besides the literal that keeps the default behaviour: quiet. */
const NEUTRAL: Record<string, string> = { skipACL: 'no', 'admin.enableServer': 'true', forceSync: 'yes', leaderServes: 'yes' };

/** The catalogue's pass-through switches: a literal compared exactly, or a Boolean.getBoolean. */
const FLAGS = keysWhere((info) => !info.parsed && ((info.kind === 'literal' && info.literal !== undefined) || info.kind === 'sysBool'));

/** Pass-through switches are read leniently: exact literals (skipACL=yes) or Boolean.getBoolean. */
export default defineRule({
  id: 'pass-through-flag',
  severity: 'warning',
  docs: { description: 'A pass-through switch whose value ZooKeeper does not recognise (skipACL=true, admin.enableServer=FALSE, datadir.autocreate=no).', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      const info = FLAGS.get(key);
      if (!info || !keyExistsIn(info, model.version)) continue;
      const v = occ.value;
      if (hasPlaceholder(v)) continue; // template-placeholder
      if (info.kind === 'literal' && info.literal !== undefined) {
        if (v === info.literal || v === NEUTRAL[key]) continue;
        const effect =
          key === 'skipACL' ? 'ACL checks stay on' : key === 'admin.enableServer' ? 'the AdminServer stays enabled' : `${key} stays on`;
        report({
          at: { occ, part: 'value' },
          message: `${key}=${JSON.stringify(v)} does nothing: ZooKeeper compares it with exactly "${info.literal}" (lowercase), so ${effect}.`,
          hint: `Write ${key}=${info.literal} to change it, or ${key}=${NEUTRAL[key] ?? info.default} to keep the default.`,
        });
      } else if (info.kind === 'sysBool') {
        const l = v.toLowerCase();
        if (l === 'true' || l === 'false') continue;
        report({
          at: { occ, part: 'value' },
          message: `${key}=${JSON.stringify(v)} is read as false: ZooKeeper uses Boolean.getBoolean, which is true only for "true"${info.default === 'true' ? ` (so the default true is turned off)` : ''}.`,
          hint: `Write ${key}=true or ${key}=false.`,
        });
      }
    }
  },
});
