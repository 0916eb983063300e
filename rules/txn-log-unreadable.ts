import { defineRule } from '../src/rule.js';
import { hasClientListener } from '../src/model/client-factory.js';

type Short = { path: string; size: number };
type Magic = { path: string; magic: number };

const magicSays = ({ path, magic }: Magic) => `Transaction log: ${path} has invalid magic number ${magic} != 1514884167`;

/**
 * 3.4 has no "No snapshot found" check (log-without-snapshot, 3.5.4+): with no snapshot it replays
 * every transaction log, and a log whose 16-byte header is cut short or is not "ZKLG" stops the load.
 */
export default defineRule({
  id: 'txn-log-unreadable',
  severity: 'error',
  versions: { until: '3.4' },
  docs: { description: 'A transaction log (log.*) that 3.4 must replay has a short or foreign header: ZooKeeper 3.4 cannot load its database.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    short: ({ path, size }: Short) =>
      `${path} is ${size} byte${size === 1 ? '' : 's'} long, shorter than a transaction log header (16 bytes). With no valid snapshot, ZooKeeper 3.4 replays every log and stops with EOFException (exit 1; in a quorum "Unable to run quorum server").`,
    magic: (a: Magic) =>
      `${a.path} does not start with a transaction log header ("ZKLG"). With no valid snapshot, ZooKeeper 3.4 replays every log and stops: "${magicSays(a)}" (exit 1).`,
  },
  hints: {
    short: 'Restore the log from a backup or another member, or remove the empty or truncated log file if it holds nothing you need.',
    magic: 'Move files that are not ZooKeeper transaction logs out of version-2 (or restore the log from a backup).',
  },
  check({ model, report }) {
    const snap = model.dataDir;
    const log = model.dataLogDir ?? model.dataDir;
    if (!snap?.version2 || !log?.version2) return; // no data yet (the usual case)
    const occ = model.static.effective.get(model.dataLogDir ? 'dataLogDir' : 'dataDir');
    if (!occ) return;
    // A standalone server with no client port never loads its database.
    if (!model.distributed && !hasClientListener(model)) return;
    const bad = model.txnLogStart34;
    if (!bad) return;
    if (bad.kind === 'short') {
      report({ messageId: 'short', args: { path: bad.zkPath, size: bad.size }, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: 'EOFException' } });
    } else {
      const args = { path: bad.zkPath, magic: bad.magic };
      report({ messageId: 'magic', args, at: { occ, part: 'value' }, zookeeper: { effect: 'fatal', says: magicSays(args) } });
    }
  },
});
