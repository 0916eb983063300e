import { defineRule } from '../src/rule.js';
import { KEY_NAMES, KEYS, lookupKey } from '../src/model/catalogue.js';
import { suggest } from '../src/util/suggest.js';
import { isIgnoredKnownKey } from '../src/model/ignored-keys.js';
import { isMembershipKey } from '../src/model/membership.js';
import { renameKeyFix } from '../src/fix/edits.js';

/** ZooKeeper never rejects a key: unknown ones become useless `zookeeper.<key>` system properties. */
export default defineRule({
  id: 'unknown-key',
  severity: 'warning',
  docs: { description: 'A key ZooKeeper does not read (typos, wrong case): it is silently ignored.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    // Only the static file: ZooKeeper rejects non-membership keys in a dynamic file outright.
    const file = model.static;
    // Unknown keys already reported (each once, at its first line); made on the first one.
    let seen: Set<string> | undefined;
    for (let n = 0; n < file.occurrences.length; n++) {
      const occ = file.occurrences[n]!;
      const key = occ.key;
      // Catalogue keys and server/group/weight lines are known (lookupKey would say so too, after a prefix scan).
      if (KEYS.has(key) || isMembershipKey(key)) continue;
      if (lookupKey(key) !== undefined || seen?.has(key)) continue;
      (seen ??= new Set<string>()).add(key);
      if (key === '') continue; // reported by empty-key
      if (isIgnoredKnownKey(key)) continue; // jvm-only-key / misnamed-key say precisely why
      if (key.startsWith('\u00ef\u00bb\u00bf') && occ.entry.index === 0) continue; // reported by bom-before-first-key
      const bare = key.startsWith('zookeeper.') ? key.slice('zookeeper.'.length) : undefined;
      const candidate = bare !== undefined && lookupKey(bare) !== undefined ? bare : suggest(key, KEY_NAMES);
      const message =
        bare !== undefined && candidate === bare
          ? `"${key}" is ignored: ZooKeeper prefixes every unknown key with "zookeeper.", so this sets zookeeper.${key}. Write "${bare}" without the prefix.`
          : `Unknown key "${key}": ZooKeeper ignores it silently (it only becomes the system property zookeeper.${key})` +
            (candidate ? `. Did you mean "${candidate}"?` : '.') +
            (candidate && !file.effective.has(candidate) && KEYS.get(candidate)?.default !== undefined
              ? ` ${candidate} stays at its default ${KEYS.get(candidate)?.default}.`
              : '');
      report({
        at: { occ, part: 'key' },
        message,
        ...(candidate ? { hint: `Rename the key to "${candidate}" (keys are case-sensitive).` } : {}),
        // The only suggestion, and not already set: renaming makes the value take effect (unsafe).
        fix: candidate && !file.effective.has(candidate) ? renameKeyFix(occ, candidate) : undefined,
      });
    }
  },
});
