import { defineRule } from '../src/rule.js';
import { readEpochs } from '../src/model/data-files.js';

const hex = (v: bigint) => BigInt.asUintN(64, v).toString(16);

type NotNumber = { path: string; line: string | null };
type Below = { accepted: bigint; current: bigint; dir: string };

const notNumberSays = ({ path, line }: NotNumber) => `Found ${line} in ${path}`;
const belowSays = ({ accepted, current }: Below) => `The accepted epoch, ${hex(accepted)} is less than the current epoch, ${hex(current)}`;

/** currentEpoch / acceptedEpoch that QuorumPeer.loadDataBase refuses. */
export default defineRule({
  id: 'epoch-file-invalid',
  severity: 'error',
  versions: 'all',
  docs: { description: 'currentEpoch/acceptedEpoch in <dataDir>/version-2 that is not a number, or acceptedEpoch below currentEpoch.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    notNumber: (a: NotNumber) =>
      `${a.path} holds ${a.line === null ? 'nothing' : JSON.stringify(a.line)}, not a number (first line, read without trimming): ZooKeeper cannot load its database and exits (code 1, "Unable to run quorum server"; the log says "${notNumberSays(a)}").`,
    acceptedBelowCurrent: (a: Below) =>
      `acceptedEpoch (${a.accepted}) is below currentEpoch (${a.current}) in ${a.dir}: ZooKeeper refuses to load the database and exits (code 1; the log says "${belowSays(a)}"). The files were probably copied from different servers or edited.`,
  },
  hints: {
    notNumber: ({ path }: NotNumber) =>
      `Write the epoch as a bare decimal number with no spaces, or delete ${path} on a member whose data is current so ZooKeeper recreates it from the newest transaction.`,
    acceptedBelowCurrent: 'Restore both epoch files from the same backup, or set acceptedEpoch to at least currentEpoch.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('dataDir');
    if (!model.distributed || !model.dataDir || !occ) return;
    const epochs = readEpochs(model.options, model.dataDir);
    if (epochs.length === 0) return; // no epoch file yet (a new server)
    for (const e of epochs) {
      if (e.value !== undefined) continue;
      const args: NotNumber = { path: e.zkPath, line: e.line };
      report({ messageId: 'notNumber', args, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: notNumberSays(args) } });
      return; // ZooKeeper stops at the first unreadable file
    }
    const cur = epochs.find((e) => e.name === 'currentEpoch');
    const acc = epochs.find((e) => e.name === 'acceptedEpoch');
    if (cur?.value === undefined || acc?.value === undefined || acc.value >= cur.value) return;
    const args: Below = { accepted: acc.value, current: cur.value, dir: cur.zkPath.replace(/\/currentEpoch$/, '') };
    report({ messageId: 'acceptedBelowCurrent', args, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: belowSays(args) } });
  },
});
