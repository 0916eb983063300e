import { defineRule } from '../src/rule.js';
import { version2Path } from '../src/model/data-files.js';
import { autocreateEnabled } from './datadir-autocreate-disabled.js';

type NotDir = { key: string; path: string; version2: string; effect: string; says: string };

/** dataDir / dataLogDir is a regular file: ZooKeeper cannot create version-2 inside it. */
export default defineRule({
  id: 'data-dir-not-directory',
  severity: 'error',
  versions: 'all',
  docs: { description: 'dataDir or dataLogDir names a regular file, not a directory.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    notDirectory: ({ key, path, version2, effect, says }: NotDir) =>
      `${key}=${path} is a regular file, not a directory: ZooKeeper cannot create ${version2} in it (${effect}; the log says "${says}").`,
  },
  hints: {
    notDirectory: ({ key, path }: NotDir) => `Point ${key} at a directory (or remove the file ${path} so ZooKeeper can create the directory).`,
  },
  check({ model, report }) {
    if (!autocreateEnabled(model)) return; // then ZooKeeper reports the missing version-2 first
    if (model.dataDir?.state !== 'not-directory' && model.dataLogDir?.state !== 'not-directory') return;
    for (const [key, facts, isLog] of [
      ['dataLogDir', model.dataLogDir, true],
      ['dataDir', model.dataDir, model.dataLogDir === undefined],
    ] as const) {
      const occ = model.static.effective.get(key);
      if (!occ || !facts || facts.state !== 'not-directory') continue;
      // The txn-log dir is created first: "data directory" in ZooKeeper's words means the log dir.
      let says = `Unable to create ${isLog ? 'data' : 'snap'} directory ${version2Path(facts.zkPath)}`;
      let effect = 'exit code 3, "Unable to access datadir, exiting abnormally"';
      if (key === 'dataDir' && model.distributed && model.myid.source !== 'option') {
        says = 'myid file is missing';
        effect = 'ZooKeeper first looks for myid inside it and refuses to start ("myid file is missing")';
      }
      report({
        messageId: 'notDirectory',
        args: { key, path: facts.zkPath, version2: version2Path(facts.zkPath), effect, says } satisfies NotDir,
        at: { occ, part: 'value' },
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
