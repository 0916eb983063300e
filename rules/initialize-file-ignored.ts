import { defineRule } from '../src/rule.js';
import { version2Path } from '../src/model/data-files.js';

type Ignored = { dataDir: string; logDir: string };

/** The `initialize` marker is read from dataLogDir, not from dataDir next to myid. */
export default defineRule({
  id: 'initialize-file-ignored',
  severity: 'warning',
  versions: { since: '3.6' },
  docs: { description: 'An `initialize` marker in dataDir while dataLogDir differs: ZooKeeper looks for it in dataLogDir and ignores it.' },
  zookeeper: { effect: 'silent' },
  messages: {
    ignored: ({ dataDir, logDir }: Ignored) =>
      `${dataDir}/initialize is ignored: ZooKeeper looks for the "initialize" marker in the transaction-log directory (${logDir}), ` +
      'not next to myid, so an empty database will still block this server from voting when db.autocreate=false.',
  },
  hints: { ignored: ({ logDir }: Ignored) => `Move the file to ${logDir}/initialize.` },
  check({ model, report }) {
    const snap = model.dataDir;
    const log = model.dataLogDir;
    const occ = model.static.effective.get('dataDir');
    if (!snap || !log || !occ || version2Path(snap.zkPath) === version2Path(log.zkPath)) return;
    if (!(snap.entries ?? []).includes('initialize') || (log.entries ?? []).includes('initialize')) return;
    report({ messageId: 'ignored', args: { dataDir: snap.zkPath, logDir: log.zkPath } satisfies Ignored, at: { occ, part: 'value' } });
  },
});
