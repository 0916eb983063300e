import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

/** autopurge.purgeInterval defaults to 0: snapshots and transaction logs are never deleted. */
export default defineRule({
  id: 'autopurge-disabled',
  severity: 'info',
  docs: { description: 'Automatic purging of old snapshots and logs is off (the default): the disk fills up.', versions: '3.4+' },
  zookeeper: { effect: 'silent', says: 'Purge task is not scheduled.' },
  check({ model, report }) {
    const occ = model.static.effective.get('autopurge.purgeInterval');
    if (occ) {
      const parsed = parseJavaInt(occ.value);
      if (!parsed.ok || parsed.value > 0) return; // bad numbers: invalid-integer
    }
    report({
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
      message: occ
        ? `autopurge.purgeInterval=${occ.value} disables automatic purging: ZooKeeper keeps every snapshot and transaction log until the disk is full.`
        : 'autopurge.purgeInterval is not set, so automatic purging is off (the default): ZooKeeper keeps every snapshot and transaction log until the disk is full.',
      hint: 'Set autopurge.purgeInterval=24 (hours) and autopurge.snapRetainCount=3 or more — or purge with an external zkCleanup.sh job.',
    });
  },
});
