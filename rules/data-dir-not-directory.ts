import { defineRule } from '../src/rule.js';
import { version2Path } from '../src/model/data-files.js';
import { atLeast } from '../src/model/version.js';
import { autocreateEnabled } from './datadir-autocreate-disabled.js';

type Version2File = { v2: string };
type NotDir = { key: string; path: string; says: string; exitCode: number };

const MYID_MISSING = 'myid file is missing';

/** dataDir / dataLogDir is a regular file: ZooKeeper cannot create version-2 inside it. */
export default defineRule({
  id: 'data-dir-not-directory',
  severity: 'error',
  versions: 'all',
  docs: { description: 'dataDir or dataLogDir names a regular file, not a directory, or a path Java cannot use (a NUL in it).' },
  zookeeper: { effect: 'fatal' },
  messages: {
    // 3.5+ turns the failure into a DatadirException (exit 3); 3.4 exits with 1 (checked on real 3.4.13).
    notDirectory: ({ key, path, says, exitCode }: NotDir) =>
      `${key}=${path} is a regular file, not a directory: ZooKeeper cannot create ${version2Path(path)} in it (${exitCode === 3 ? 'exit code 3, "Unable to access datadir, exiting abnormally"' : `exit code ${exitCode}`}; the log says "${says}").`,
    myidFirst: ({ key, path }: NotDir) =>
      `${key}=${path} is a regular file, not a directory: ZooKeeper cannot create ${version2Path(path)} in it (ZooKeeper first looks for myid inside it and refuses to start ("${MYID_MISSING}"); the log says "${MYID_MISSING}").`,
    nulPath: ({ key, path, says, exitCode }: NotDir) =>
      `${key}=${JSON.stringify(path)} contains a NUL character: Java treats such a path as invalid, so ZooKeeper cannot create ${JSON.stringify(version2Path(path))} (${exitCode === 3 ? 'exit code 3, "Unable to access datadir, exiting abnormally"' : `exit code ${exitCode}`}; the log says ${JSON.stringify(says)}).`,
    nulMyidFirst: ({ key, path }: NotDir) =>
      `${key}=${JSON.stringify(path)} contains a NUL character: Java treats such a path as invalid, so ZooKeeper finds no myid in it and refuses to start ("${MYID_MISSING}").`,
    version2File: ({ v2 }: Version2File) =>
      `${v2} is a file, not a directory: ZooKeeper takes it as its snapshot directory and fails writing the first snapshot into it ("${v2}/snapshot.0 (Not a directory)").`,
  },
  hints: {
    version2File: ({ v2 }: Version2File) => `Move the file ${v2} away; ZooKeeper creates the directory itself.`,
    notDirectory: ({ key, path }: NotDir) => `Point ${key} at a directory (or remove the file ${path} so ZooKeeper can create the directory).`,
    myidFirst: ({ key, path }: NotDir) => `Point ${key} at a directory (or remove the file ${path} so ZooKeeper can create the directory).`,
    nulPath: ({ key }: NotDir) => `Remove the NUL bytes from ${key} (an editor or a tool wrote them; \\u0000 escapes count too).`,
    nulMyidFirst: ({ key }: NotDir) => `Remove the NUL bytes from ${key} (an editor or a tool wrote them; \\u0000 escapes count too).`,
  },
  check({ model, report }) {
    // FileTxnSnapLog accepts an existing version-2 of any kind; the first snapshot written into it
    // fails: at start-up in quorum mode, and in standalone mode since 3.5 (3.4 starts serving).
    if (model.dataDir?.version2NotDirectory && (model.distributed || atLeast(model.version, '3.5'))) {
      const occ = model.static.effective.get('dataDir');
      const v2 = version2Path(model.dataDir.zkPath);
      if (occ) {
        report({
          messageId: 'version2File',
          args: { v2 } satisfies Version2File,
          at: { occ, part: 'value' },
          zookeeper: { effect: 'fatal', says: '(Not a directory)' },
        });
      }
    }
    if (!autocreateEnabled(model)) return; // then ZooKeeper reports the missing version-2 first
    const cannotCreate = (f: typeof model.dataDir) => f?.state === 'not-directory' || f?.state === 'invalid-path';
    if (!cannotCreate(model.dataDir) && !cannotCreate(model.dataLogDir)) return;
    const exitCode = atLeast(model.version, '3.5') ? 3 : 1;
    for (const [key, facts, isLog] of [
      ['dataLogDir', model.dataLogDir, true],
      ['dataDir', model.dataDir, model.dataLogDir === undefined],
    ] as const) {
      const occ = model.static.effective.get(key);
      if (!occ || !facts || !cannotCreate(facts)) continue;
      const myidFirst = key === 'dataDir' && model.distributed && model.myid.source !== 'option';
      // The txn-log dir is created first: "data directory" in ZooKeeper's words means the log dir.
      const says = myidFirst ? MYID_MISSING : `Unable to create ${isLog ? 'data' : 'snap'} directory ${version2Path(facts.zkPath)}`;
      const nul = facts.state === 'invalid-path';
      report({
        messageId: nul ? (myidFirst ? 'nulMyidFirst' : 'nulPath') : myidFirst ? 'myidFirst' : 'notDirectory',
        args: { key, path: facts.zkPath, says, exitCode } satisfies NotDir,
        at: { occ, part: 'value' },
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
