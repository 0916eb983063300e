import { defineRule } from '../src/rule.js';
import { KEY_NAMES, KEYS, lookupKey } from '../src/model/catalogue.js';
import { suggest } from '../src/util/suggest.js';
import { isIgnoredKnownKey } from '../src/model/ignored-keys.js';
import { isMembershipKey } from '../src/model/membership.js';
import { renameKeyFix } from '../src/fix/edits.js';

/** `bare`: the key without a doubled "zookeeper." prefix; `candidate`: the key probably meant; `stays`: that key's default when it is not set. */
type Args = { key: string; bare?: string; candidate?: string; stays?: string };

/** ZooKeeper never rejects a key: unknown ones become useless `zookeeper.<key>` system properties. */
export default defineRule({
  id: 'unknown-key',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A key ZooKeeper does not read (typos, wrong case): it is silently ignored.' },
  zookeeper: { effect: 'silent' },
  messages: {
    doubledPrefix: ({ key, bare }: Args) =>
      `"${key}" is ignored: ZooKeeper prefixes every unknown key with "zookeeper.", so this sets zookeeper.${key}. Write "${bare}" without the prefix.`,
    didYouMean: ({ key, candidate, stays }: Args) =>
      `Unknown key "${key}": ZooKeeper ignores it silently (it only becomes the system property zookeeper.${key}). Did you mean "${candidate}"?` +
      (stays !== undefined ? ` ${candidate} stays at its default ${stays}.` : ''),
    unknown: ({ key }: Args) => `Unknown key "${key}": ZooKeeper ignores it silently (it only becomes the system property zookeeper.${key}).`,
  },
  hints: {
    doubledPrefix: rename,
    didYouMean: rename,
  },
  check({ model, report, shown }) {
    // Only the static file: ZooKeeper rejects non-membership keys in a dynamic file outright.
    const file = model.static;
    // Unknown keys already reported (each once, at its first line); made on the first one, and only
    // when some key is written twice (winners is occurrences itself when none is).
    const repeats = file.winners !== file.occurrences;
    let seen: Set<string> | undefined;
    for (const occ of file.occurrences) {
      const key = occ.key;
      // Catalogue keys and server/group/weight lines are known (lookupKey would say so too, after a prefix scan).
      if (KEYS.has(key) || isMembershipKey(key)) continue;
      if (lookupKey(key) !== undefined || seen?.has(key)) continue;
      if (repeats) (seen ??= new Set<string>()).add(key);
      if (key === '') continue; // reported by empty-key
      if (isIgnoredKnownKey(key)) continue; // jvm-only-key / misnamed-key say precisely why
      if (key.startsWith('\u00ef\u00bb\u00bf') && occ.entry.index === 0) continue; // reported by bom-before-first-key
      const at = { occ, part: 'key' } as const;
      // Past the first 1,000 of this file the finding is only counted: no did-you-mean to look for.
      if (shown?.(at) === false) {
        report({ messageId: 'unknown', args: { key } satisfies Args, at });
        continue;
      }
      const bare = key.startsWith('zookeeper.') ? key.slice('zookeeper.'.length) : undefined;
      const candidate = bare !== undefined && lookupKey(bare) !== undefined ? bare : suggest(key, KEY_NAMES);
      const stays = candidate && !file.effective.has(candidate) ? KEYS.get(candidate)?.default : undefined;
      report({
        messageId: bare !== undefined && candidate === bare ? 'doubledPrefix' : candidate ? 'didYouMean' : 'unknown',
        args: { key, bare, candidate, stays } satisfies Args,
        at,
        // The only suggestion, and not already set: renaming makes the value take effect (unsafe).
        fix: candidate && !file.effective.has(candidate) ? renameKeyFix(occ, candidate) : undefined,
      });
    }
  },
});

function rename({ candidate }: Args): string {
  return `Rename the key to "${candidate}" (keys are case-sensitive).`;
}
