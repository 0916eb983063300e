import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';

/** The one value besides the literal that keeps the default behaviour: quiet. */
const NEUTRAL: Record<string, string> = { skipACL: 'no', 'admin.enableServer': 'true', forceSync: 'yes', leaderServes: 'yes' };

/** The catalogue's pass-through switches: a literal compared exactly, or a Boolean.getBoolean. */
const FLAGS = keysWhere((info) => !info.parsed && ((info.kind === 'literal' && info.literal !== undefined) || info.kind === 'sysBool'));

/** `literal`: the one value that switches; `keep`: the value that keeps the default; `defaultTrue`: a Boolean.getBoolean defaulting to true. */
type Args = { key: string; value: string; literal?: string; keep?: string; defaultTrue?: boolean };

/** What stays as it was when a literal switch is not written exactly. */
function unchanged(key: string): string {
  return key === 'skipACL' ? 'ACL checks stay on' : key === 'admin.enableServer' ? 'the AdminServer stays enabled' : `${key} stays on`;
}

/** Pass-through switches are read leniently: exact literals (skipACL=yes) or Boolean.getBoolean. */
export default defineRule({
  id: 'pass-through-flag',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A pass-through switch whose value ZooKeeper does not recognise (skipACL=true, admin.enableServer=FALSE, datadir.autocreate=no).' },
  zookeeper: { effect: 'silent' },
  messages: {
    notTheLiteral: ({ key, value, literal }: Args) =>
      `${key}=${JSON.stringify(value)} does nothing: ZooKeeper compares it with exactly "${literal}" (lowercase), so ${unchanged(key)}.`,
    readAsFalse: ({ key, value, defaultTrue }: Args) =>
      `${key}=${JSON.stringify(value)} is read as false: ZooKeeper uses Boolean.getBoolean, which is true only for "true"${defaultTrue ? ` (so the default true is turned off)` : ''}.`,
  },
  hints: {
    notTheLiteral: ({ key, literal, keep }: Args) => `Write ${key}=${literal} to change it, or ${key}=${keep} to keep the default.`,
    readAsFalse: ({ key }: Args) => `Write ${key}=true or ${key}=false.`,
  },
  check({ model, report }) {
    for (const occ of model.static.winners) {
      const key = occ.key;
      const info = FLAGS.get(key);
      if (!info || !keyExistsIn(info, model.version)) continue;
      const v = occ.value;
      if (hasPlaceholder(v)) continue; // template-placeholder
      if (info.kind === 'literal' && info.literal !== undefined) {
        if (v === info.literal || v === NEUTRAL[key]) continue;
        report({
          messageId: 'notTheLiteral',
          args: { key, value: v, literal: info.literal, keep: NEUTRAL[key] ?? info.default } satisfies Args,
          at: { occ, part: 'value' },
        });
      } else if (info.kind === 'sysBool') {
        const l = v.toLowerCase();
        if (l === 'true' || l === 'false') continue;
        report({
          messageId: 'readAsFalse',
          args: { key, value: v, defaultTrue: info.default === 'true' } satisfies Args,
          at: { occ, part: 'value' },
        });
      }
    }
  },
});
