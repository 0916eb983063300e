import { defineRule } from '../src/rule.js';
import { version2Path } from '../src/model/data-files.js';
import { atLeast } from '../src/model/version.js';

/** The `initialize` marker is read from dataLogDir, not from dataDir next to myid. */
export default defineRule({
  id: 'initialize-file-ignored',
  severity: 'warning',
  docs: { description: 'An `initialize` marker in dataDir while dataLogDir differs: ZooKeeper looks for it in dataLogDir and ignores it.', versions: '3.6+' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.6')) return;
    const snap = model.dataDir;
    const log = model.dataLogDir;
    const occ = model.static.effective.get('dataDir');
    if (!snap || !log || !occ || version2Path(snap.zkPath) === version2Path(log.zkPath)) return;
    if (!(snap.entries ?? []).includes('initialize') || (log.entries ?? []).includes('initialize')) return;
    report({
      at: { occ, part: 'value' },
      message:
        `${snap.zkPath}/initialize is ignored: ZooKeeper looks for the "initialize" marker in the transaction-log directory (${log.zkPath}), ` +
        'not next to myid, so an empty database will still block this server from voting when db.autocreate=false.',
      hint: `Move the file to ${log.zkPath}/initialize.`,
    });
  },
});
