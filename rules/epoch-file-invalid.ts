import { defineRule } from '../src/rule.js';
import { logFiles, snapshotFiles } from '../src/model/data-files.js';

const hex = (v: bigint) => BigInt.asUintN(64, v).toString(16);

type NotNumber = { path: string; line: string | null };
/** `acceptedMissing`: acceptedEpoch does not exist and takes the epoch of the last zxid (0 with no data). */
type Below = { accepted: bigint; current: bigint; dir: string; acceptedMissing: boolean };
type Negative = { path: string; value: bigint };

const notNumberSays = ({ path, line }: NotNumber) => `Found ${line} in ${path}`;
const negativeSays = ({ value }: Negative) => `The current epoch, ${hex(value)}, is older than the last zxid`;
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
    negativeCurrent: (a: Negative) =>
      `${a.path} holds ${a.value}, below the epoch of any transaction (0 or more): ZooKeeper refuses to load the database and exits (code 1; the log says "${negativeSays(a)}").`,
    acceptedBelowCurrent: (a: Below) =>
      `acceptedEpoch (${a.acceptedMissing ? `missing, so ${a.accepted}` : a.accepted}) is below currentEpoch (${a.current}) in ${a.dir}: ZooKeeper refuses to load the database and exits (code 1; the log says "${belowSays(a)}"). The files were probably copied from different servers or edited.`,
  },
  hints: {
    notNumber: ({ path }: NotNumber) =>
      `Write the epoch as a bare decimal number with no spaces, or delete ${path} on a member whose data is current so ZooKeeper recreates it from the newest transaction.`,
    negativeCurrent: ({ path }: Negative) => `Delete ${path} on a member whose data is current so ZooKeeper recreates it, or restore it from a backup.`,
    acceptedBelowCurrent: 'Restore both epoch files from the same backup, or set acceptedEpoch to at least currentEpoch.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('dataDir');
    if (!model.distributed || !model.dataDir || !occ) return;
    const epochs = model.epochs;
    if (epochs.length === 0) return; // no epoch file yet (a new server)
    // QuorumPeer.loadDataBase, in its order: read currentEpoch, compare it with the epoch of the last
    // zxid, read acceptedEpoch, compare the two. A missing file takes the epoch of the last zxid,
    // which is 0 when version-2 holds no snapshot and no log (zklint reads no snapshot contents).
    const cur = epochs.find((e) => e.name === 'currentEpoch');
    const acc = epochs.find((e) => e.name === 'acceptedEpoch');
    const noData =
      snapshotFiles(model.dataDir.version2 ?? []).length === 0 && logFiles((model.dataLogDir ?? model.dataDir).version2 ?? []).length === 0;
    const unreadable = (e: (typeof epochs)[number]) => {
      const args: NotNumber = { path: e.zkPath, line: e.line };
      report({ messageId: 'notNumber', args, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: notNumberSays(args) } });
    };
    if (cur && cur.value === undefined) return unreadable(cur);
    if (cur?.value !== undefined && cur.value < 0n) {
      const args: Negative = { path: cur.zkPath, value: cur.value };
      report({ messageId: 'negativeCurrent', args, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: negativeSays(args) } });
      return;
    }
    if (acc && acc.value === undefined) return unreadable(acc);
    const curValue = cur?.value ?? (noData ? 0n : undefined);
    const accValue = acc?.value ?? (noData ? 0n : undefined);
    if (curValue === undefined || accValue === undefined || accValue >= curValue) return;
    const args: Below = {
      accepted: accValue,
      current: curValue,
      dir: (cur ?? acc)?.zkPath.replace(/\/(current|accepted)Epoch$/, '') ?? '',
      acceptedMissing: acc === undefined,
    };
    report({ messageId: 'acceptedBelowCurrent', args, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: belowSays(args) } });
  },
});
