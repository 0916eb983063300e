import * as path from 'node:path';
import { defineRule } from '../src/rule.js';
import { logFiles, snapshotFiles, version2Path } from '../src/model/data-files.js';
import { atLeast } from '../src/model/version.js';

type Mixed = {
  /** dataLogDir and dataDir as written. */
  logPath: string;
  snapPath: string;
  /** The two are one directory written two ways. */
  same: boolean;
  /** The files in the wrong directory. */
  files: readonly string[];
  /** 3.4 exits with 1, 3.5+ with 3 (DatadirException). */
  exitCode: number;
};

const SNAPS_IN_LOG = 'Log directory has snapshot files. Check if dataLogDir and dataDir configuration is correct.';
const LOGS_IN_SNAP = 'Snapshot directory has log files. Check if dataLogDir and dataDir configuration is correct.';
const some = (files: readonly string[]) => `${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`;
const twoWays = ({ same, logPath, snapPath }: Mixed) =>
  same ? ` ${logPath} and ${snapPath} are the same directory written two ways, but ZooKeeper compares the path strings, so it checks that one directory as if it were two.` : '';
const oneWay = ({ snapPath }: Mixed) => `Write the directory one way: set dataLogDir=${snapPath} (or remove dataLogDir).`;

/**
 * When dataLogDir and dataDir differ (as strings), snapshots in the log dir or logs in the snapshot
 * dir are fatal (ZOOKEEPER-2967: 3.4.12 and 3.5.4; 3.5.0-3.5.3 lack it, which a range of release
 * lines cannot say). Checked on real 3.4.13 (exit 1) and 3.8 (exit 3).
 */
export default defineRule({
  id: 'data-dirs-mixed-content',
  severity: 'error',
  versions: { since: '3.4.12' },
  docs: { description: 'snapshot.* files in dataLogDir or log.* files in dataDir while the two are configured differently (including one directory written two ways).' },
  zookeeper: { effect: 'fatal' },
  messages: {
    snapshotsInLogDir: (a: Mixed) =>
      `${version2Path(a.logPath)} (the transaction-log directory) holds snapshot files (${some(a.files)}).${twoWays(a)} ZooKeeper refuses to start (exit code ${a.exitCode}, "${SNAPS_IN_LOG}").`,
    logsInSnapDir: (a: Mixed) =>
      `${version2Path(a.snapPath)} (the snapshot directory) holds transaction logs (${some(a.files)}) while dataLogDir is ${a.logPath}.${twoWays(a)} ZooKeeper refuses to start (exit code ${a.exitCode}, "${LOGS_IN_SNAP}").`,
    dataDir: 'dataDir',
    dataLogDir: 'dataLogDir',
  },
  hints: {
    snapshotsInLogDir: (a: Mixed) =>
      a.same ? oneWay(a) : `Check that dataLogDir and dataDir are not swapped; snapshots belong in ${version2Path(a.snapPath)}.`,
    logsInSnapDir: (a: Mixed) => (a.same ? oneWay(a) : `Move the log.* files to ${version2Path(a.logPath)}.`),
  },
  check({ model, report }) {
    const snap = model.dataDir;
    const log = model.dataLogDir;
    const logOcc = model.static.effective.get('dataLogDir');
    const snapOcc = model.static.effective.get('dataDir');
    if (!snap || !log || !logOcc || !snapOcc) return;
    if (version2Path(log.zkPath) === version2Path(snap.zkPath)) return;
    const same = log.hostPath !== undefined && snap.hostPath !== undefined && path.resolve(log.hostPath) === path.resolve(snap.hostPath);
    const exitCode = atLeast(model.version, '3.5') ? 3 : 1;
    // ZooKeeper checks the log directory first and stops at the first check that fails.
    const checks = [
      { messageId: 'snapshotsInLogDir', files: snapshotFiles(log.version2 ?? []), at: logOcc, other: snapOcc, otherId: 'dataDir', says: SNAPS_IN_LOG },
      { messageId: 'logsInSnapDir', files: logFiles(snap.version2 ?? []), at: snapOcc, other: logOcc, otherId: 'dataLogDir', says: LOGS_IN_SNAP },
    ] as const;
    const failed = checks.find((c) => c.files.length > 0);
    if (!failed) return;
    report({
      messageId: failed.messageId,
      args: { logPath: log.zkPath, snapPath: snap.zkPath, same, files: failed.files, exitCode } satisfies Mixed,
      at: { occ: failed.at, part: 'value' },
      related: [{ at: { occ: failed.other, part: 'value' }, messageId: failed.otherId }],
      zookeeper: { effect: 'fatal', says: failed.says },
    });
  },
});
