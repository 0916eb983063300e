import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

const HINT = 'Set autopurge.purgeInterval=24 (hours) and autopurge.snapRetainCount=3 or more — or purge with an external zkCleanup.sh job.';

/** autopurge.purgeInterval defaults to 0: snapshots and transaction logs are never deleted. */
export default defineRule({
  id: 'autopurge-disabled',
  severity: 'info',
  versions: 'all',
  docs: { description: 'Automatic purging of old snapshots and logs is off (the default): the disk fills up.' },
  zookeeper: { effect: 'silent', says: 'Purge task is not scheduled.' },
  messages: {
    disabled: ({ value }: { value: string }) =>
      `autopurge.purgeInterval=${value} disables automatic purging: ZooKeeper keeps every snapshot and transaction log until the disk is full.`,
    notSet: 'autopurge.purgeInterval is not set, so automatic purging is off (the default): ZooKeeper keeps every snapshot and transaction log until the disk is full.',
  },
  hints: { disabled: HINT, notSet: HINT },
  check({ model, report }) {
    const occ = model.static.effective.get('autopurge.purgeInterval');
    if (!occ) {
      report({ messageId: 'notSet', at: { file: model.static.source.path } });
      return;
    }
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value > 0) return; // bad numbers: invalid-integer
    report({ messageId: 'disabled', args: { value: occ.value }, at: { occ, part: 'value' } });
  },
});
