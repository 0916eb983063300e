import { defineRule } from '../src/rule.js';
import { KEYS } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { ZK_VERSIONS } from '../src/model/version.js';

/** Release lines that read every catalogued key (the newest ones): nothing to find there. */
const KNOWS_EVERY_KEY = new Set<string>();
for (const version of ZK_VERSIONS) {
  let all = true;
  KEYS.forEach((info) => {
    if (!keyExistsIn(info, version)) all = false;
  });
  if (all) KNOWS_EVERY_KEY.add(version);
}

type TooNew = { key: string; since: string; version: string };
const lineOf = (since: string) => since.split('.').slice(0, 2).join('.');

/** A key from a later release: the chosen ZooKeeper version treats it as unknown (a useless system property). */
export default defineRule({
  id: 'key-not-in-version',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A key that the chosen ZooKeeper version does not know yet.' },
  zookeeper: { effect: 'silent' },
  messages: {
    tooNew: ({ key, since, version }: TooNew) =>
      `${key} was added in ZooKeeper ${lineOf(since)} (${since}); ${version} does not read it and silently ignores it (it only becomes the system property zookeeper.${key}).`,
  },
  hints: {
    // The command adds how to name another release (src/cli/advice.ts).
    tooNew: ({ since }: TooNew) => `Upgrade to ZooKeeper ${lineOf(since)}+ or delete the line.`,
  },
  check({ model, report }) {
    if (KNOWS_EVERY_KEY.has(model.version)) return;
    let seen: Set<string> | undefined; // keys already reported
    for (const occ of model.static.occurrences) {
      const info = KEYS.get(occ.key);
      if (!info || keyExistsIn(info, model.version) || seen?.has(occ.key)) continue;
      (seen ??= new Set()).add(occ.key);
      report({ messageId: 'tooNew', args: { key: occ.key, since: info.since as string, version: model.version } satisfies TooNew, at: { occ, part: 'key' } });
    }
  },
});
