import { defineRule } from '../src/rule.js';
import { logFiles, readEpochs, snapshotFiles } from '../src/model/data-files.js';

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
    // QuorumPeer.loadDataBase, in its order: read currentEpoch, compare it with the epoch of the last
    // zxid, read acceptedEpoch, compare the two. A missing file takes the epoch of the last zxid,
    // which is 0 when version-2 holds no snapshot and no log (zklint reads no snapshot contents).
    const cur = epochs.find((e) => e.name === 'currentEpoch');
    const acc = epochs.find((e) => e.name === 'acceptedEpoch');
    const noData =
      snapshotFiles(model.dataDir.version2 ?? []).length === 0 && logFiles((model.dataLogDir ?? model.dataDir).version2 ?? []).length === 0;
    const unreadable = (e: (typeof epochs)[number]) => {
      const says = `Found ${e.line} in ${e.zkPath}`;
      report({
        at: { occ, part: 'value' },
        message: `${e.zkPath} holds ${e.line === null ? 'nothing' : JSON.stringify(e.line)}, not a number (first line, read without trimming): ZooKeeper cannot load its database and exits (code 1, "Unable to run quorum server"; the log says "${says}").`,
        hint: `Write the epoch as a bare decimal number with no spaces, or delete ${e.zkPath} on a member whose data is current so ZooKeeper recreates it from the newest transaction.`,
        zookeeper: { effect: 'fatal', says },
      });
    };
    if (cur && cur.value === undefined) return unreadable(cur);
    if (cur?.value !== undefined && cur.value < 0n) {
      const says = `The current epoch, ${hex(cur.value)}, is older than the last zxid`;
      report({
        at: { occ, part: 'value' },
        message: `${cur.zkPath} holds ${cur.value}, below the epoch of any transaction (0 or more): ZooKeeper refuses to load the database and exits (code 1; the log says "${says}").`,
        hint: `Delete ${cur.zkPath} on a member whose data is current so ZooKeeper recreates it, or restore it from a backup.`,
        zookeeper: { effect: 'fatal', says },
      });
      return;
    }
    if (acc && acc.value === undefined) return unreadable(acc);
    const curValue = cur?.value ?? (noData ? 0n : undefined);
    const accValue = acc?.value ?? (noData ? 0n : undefined);
    if (curValue === undefined || accValue === undefined || accValue >= curValue) return;
    const says = `The accepted epoch, ${hex(accValue)} is less than the current epoch, ${hex(curValue)}`;
    const dir = (cur ?? acc)?.zkPath.replace(/\/(current|accepted)Epoch$/, '') ?? '';
    report({
      at: { occ, part: 'value' },
      message: `acceptedEpoch (${acc ? accValue : `missing, so ${accValue}`}) is below currentEpoch (${curValue}) in ${dir}: ZooKeeper refuses to load the database and exits (code 1; the log says "${says}"). The files were probably copied from different servers or edited.`,
      hint: 'Restore both epoch files from the same backup, or set acceptedEpoch to at least currentEpoch.',
      zookeeper: { effect: 'fatal', says },
    });
  },
});
