import { defineRule } from '../src/rule.js';
import { KEYS } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { ZK_VERSIONS } from '../src/model/version.js';

/** Release lines that read every catalogued key (the newest ones): nothing to find there. */
const KNOWS_EVERY_KEY = new Set<string>();
for (const version of ZK_VERSIONS) {
  let all = true;
  for (const info of KEYS.values()) if (!keyExistsIn(info, version)) all = false;
  if (all) KNOWS_EVERY_KEY.add(version);
}

/** A key from a later release: the chosen ZooKeeper version treats it as unknown (a useless system property). */
export default defineRule({
  id: 'key-not-in-version',
  severity: 'warning',
  docs: { description: 'A key that the chosen ZooKeeper version (--zk-version) does not know yet.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    if (KNOWS_EVERY_KEY.has(model.version)) return;
    let seen: Set<string> | undefined; // keys already reported
    for (let n = 0; n < model.static.occurrences.length; n++) {
      const occ = model.static.occurrences[n]!;
      const info = KEYS.get(occ.key);
      if (!info || keyExistsIn(info, model.version) || seen?.has(occ.key)) continue;
      (seen ??= new Set()).add(occ.key);
      const [maj, min] = (info.since as string).split('.');
      report({
        at: { occ, part: 'key' },
        message: `${occ.key} was added in ZooKeeper ${maj}.${min} (${info.since}); ${model.version} does not read it and silently ignores it (it only becomes the system property zookeeper.${occ.key}).`,
        hint: `Upgrade to ZooKeeper ${maj}.${min}+ or delete the line (check --zk-version if ${model.version} is wrong).`,
      });
    }
  },
});
