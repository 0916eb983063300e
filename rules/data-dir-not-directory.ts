import { defineRule } from '../src/rule.js';
import { version2Path } from '../src/model/data-files.js';
import { atLeast } from '../src/model/version.js';
import { autocreateEnabled } from './datadir-autocreate-disabled.js';

/** dataDir / dataLogDir is a regular file: ZooKeeper cannot create version-2 inside it. */
export default defineRule({
  id: 'data-dir-not-directory',
  severity: 'error',
  docs: { description: 'dataDir or dataLogDir names a regular file, not a directory.', versions: 'all' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    // FileTxnSnapLog accepts an existing version-2 of any kind; the first snapshot written into it
    // fails: at start-up in quorum mode, and in standalone mode since 3.5 (3.4 starts serving).
    if (model.dataDir?.version2NotDirectory && (model.distributed || atLeast(model.version, '3.5'))) {
      const occ = model.static.effective.get('dataDir');
      const v2 = version2Path(model.dataDir.zkPath);
      if (occ) {
        report({
          at: { occ, part: 'value' },
          message: `${v2} is a file, not a directory: ZooKeeper takes it as its snapshot directory and fails writing the first snapshot into it ("${v2}/snapshot.0 (Not a directory)").`,
          hint: `Move the file ${v2} away; ZooKeeper creates the directory itself.`,
          zookeeper: { effect: 'fatal', says: '(Not a directory)' },
        });
      }
    }
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
        at: { occ, part: 'value' },
        message: `${key}=${facts.zkPath} is a regular file, not a directory: ZooKeeper cannot create ${version2Path(facts.zkPath)} in it (${effect}; the log says "${says}").`,
        hint: `Point ${key} at a directory (or remove the file ${facts.zkPath} so ZooKeeper can create the directory).`,
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
