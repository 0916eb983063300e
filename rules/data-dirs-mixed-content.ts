import * as path from 'node:path';
import { defineRule } from '../src/rule.js';
import { logFiles, snapshotFiles, version2Path } from '../src/model/data-files.js';

/** When dataLogDir and dataDir differ (as strings), snapshots in the log dir or logs in the snapshot dir are fatal. */
export default defineRule({
  id: 'data-dirs-mixed-content',
  severity: 'error',
  docs: { description: 'snapshot.* files in dataLogDir or log.* files in dataDir while the two are configured differently (including one directory written two ways).', versions: '3.4.12+' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const snap = model.dataDir;
    const log = model.dataLogDir;
    const logOcc = model.static.effective.get('dataLogDir');
    const snapOcc = model.static.effective.get('dataDir');
    if (!snap || !log || !logOcc || !snapOcc) return;
    if (version2Path(log.zkPath) === version2Path(snap.zkPath)) return;
    const same = log.hostPath !== undefined && snap.hostPath !== undefined && path.resolve(log.hostPath) === path.resolve(snap.hostPath);
    const twoWays = same
      ? ` ${log.zkPath} and ${snap.zkPath} are the same directory written two ways, but ZooKeeper compares the path strings, so it checks that one directory as if it were two.`
      : '';
    const snaps = snapshotFiles(log.version2 ?? []);
    if (snaps.length) {
      const says = 'Log directory has snapshot files. Check if dataLogDir and dataDir configuration is correct.';
      report({
        at: { occ: logOcc, part: 'value' },
        message: `${version2Path(log.zkPath)} (the transaction-log directory) holds snapshot files (${snaps.slice(0, 3).join(', ')}${snaps.length > 3 ? ', …' : ''}).${twoWays} ZooKeeper refuses to start (exit code 3, "${says}").`,
        hint: same ? `Write the directory one way: set dataLogDir=${snap.zkPath} (or remove dataLogDir).` : `Check that dataLogDir and dataDir are not swapped; snapshots belong in ${version2Path(snap.zkPath)}.`,
        related: [{ at: { occ: snapOcc, part: 'value' as const }, message: 'dataDir' }],
        zookeeper: { effect: 'fatal', says },
      });
      return; // ZooKeeper stops at the first check
    }
    const logs = logFiles(snap.version2 ?? []);
    if (logs.length) {
      const says = 'Snapshot directory has log files. Check if dataLogDir and dataDir configuration is correct.';
      report({
        at: { occ: snapOcc, part: 'value' },
        message: `${version2Path(snap.zkPath)} (the snapshot directory) holds transaction logs (${logs.slice(0, 3).join(', ')}${logs.length > 3 ? ', …' : ''}) while dataLogDir is ${log.zkPath}.${twoWays} ZooKeeper refuses to start (exit code 3, "${says}").`,
        hint: same ? `Write the directory one way: set dataLogDir=${snap.zkPath} (or remove dataLogDir).` : `Move the log.* files to ${version2Path(log.zkPath)}.`,
        related: [{ at: { occ: logOcc, part: 'value' as const }, message: 'dataLogDir' }],
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
