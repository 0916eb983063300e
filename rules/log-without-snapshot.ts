import { defineRule } from '../src/rule.js';
import { javaGetBoolean } from '../src/model/java.js';
import { logFiles, snapshotFiles, version2Path } from '../src/model/data-files.js';
import { hasClientListener } from '../src/model/client-factory.js';

const LOG_FILE = /^log\.[0-9a-fA-F]+$/;

function hasLogFile(names: readonly string[]): boolean {
  for (const name of names) if (LOG_FILE.test(name)) return true;
  return false;
}

type NoSnapshot = { logDir: string; snapDir: string; logs: readonly string[] };

/** Transaction logs with no snapshot at all: ZooKeeper refuses to load the database. */
export default defineRule({
  id: 'log-without-snapshot',
  severity: 'error',
  versions: { since: '3.5.4' },
  docs: { description: 'Transaction logs (log.*) but no snapshot (snapshot.*) in the data directories, without snapshot.trust.empty=true.' },
  zookeeper: { effect: 'fatal', says: 'No snapshot found, but there are log entries' },
  messages: {
    noSnapshot: ({ logDir, snapDir, logs }: NoSnapshot) =>
      `${version2Path(logDir)} has transaction logs (${logs.slice(0, 3).join(', ')}${logs.length > 3 ? ', …' : ''}) but ${version2Path(snapDir)} has no snapshot: ` +
      'ZooKeeper refuses to load the database ("No snapshot found, but there are log entries. Something is broken!"; exit code 1, nothing on stderr).',
  },
  hints: {
    noSnapshot:
      'Restore the missing snapshot.* files (e.g. from a backup or another member), or, only when upgrading from 3.4, set snapshot.trust.empty=true for one start.',
  },
  check({ model, report }) {
    const snap = model.dataDir;
    const log = model.dataLogDir ?? model.dataDir;
    const occ = model.static.effective.get(model.dataLogDir ? 'dataLogDir' : 'dataDir');
    if (!snap || !log || !occ || !snap.version2 || !log.version2) return;
    if (!hasLogFile(log.version2)) return; // no transaction log (the usual case): nothing to find
    if (javaGetBoolean(model.systemProps, 'zookeeper.snapshot.trust.empty')) return;
    // A standalone server with no client port never loads its database.
    if (!model.distributed && !hasClientListener(model)) return;
    if (snapshotFiles(snap.version2).length > 0) return;
    report({
      messageId: 'noSnapshot',
      args: { logDir: log.zkPath, snapDir: snap.zkPath, logs: logFiles(log.version2).filter((n) => LOG_FILE.test(n)) } satisfies NoSnapshot,
      at: { occ, part: 'value' },
    });
  },
});
