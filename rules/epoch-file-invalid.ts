import { defineRule } from '../src/rule.js';
import { readEpochs } from '../src/model/data-files.js';

const hex = (v: bigint) => BigInt.asUintN(64, v).toString(16);

/** currentEpoch / acceptedEpoch that QuorumPeer.loadDataBase refuses. */
export default defineRule({
  id: 'epoch-file-invalid',
  severity: 'error',
  docs: { description: 'currentEpoch/acceptedEpoch in <dataDir>/version-2 that is not a number, or acceptedEpoch below currentEpoch.', versions: 'all' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const occ = model.static.effective.get('dataDir');
    if (!model.distributed || !model.dataDir || !occ) return;
    const epochs = readEpochs(model.options, model.dataDir);
    if (epochs.length === 0) return; // no epoch file yet (a new server)
    for (const e of epochs) {
      if (e.value !== undefined) continue;
      const says = `Found ${e.line} in ${e.zkPath}`;
      report({
        at: { occ, part: 'value' },
        message: `${e.zkPath} holds ${e.line === null ? 'nothing' : JSON.stringify(e.line)}, not a number (first line, read without trimming): ZooKeeper cannot load its database and exits (code 1, "Unable to run quorum server"; the log says "${says}").`,
        hint: `Write the epoch as a bare decimal number with no spaces, or delete ${e.zkPath} on a member whose data is current so ZooKeeper recreates it from the newest transaction.`,
        zookeeper: { effect: 'fatal', says },
      });
      return; // ZooKeeper stops at the first unreadable file
    }
    const cur = epochs.find((e) => e.name === 'currentEpoch');
    const acc = epochs.find((e) => e.name === 'acceptedEpoch');
    if (cur?.value === undefined || acc?.value === undefined || acc.value >= cur.value) return;
    const says = `The accepted epoch, ${hex(acc.value)} is less than the current epoch, ${hex(cur.value)}`;
    report({
      at: { occ, part: 'value' },
      message: `acceptedEpoch (${acc.value}) is below currentEpoch (${cur.value}) in ${cur.zkPath.replace(/\/currentEpoch$/, '')}: ZooKeeper refuses to load the database and exits (code 1; the log says "${says}"). The files were probably copied from different servers or edited.`,
      hint: 'Restore both epoch files from the same backup, or set acceptedEpoch to at least currentEpoch.',
      zookeeper: { effect: 'fatal', says },
    });
  },
});
