import { defineRule } from '../src/rule.js';

/** skipACL switches off every ACL check, and only the exact value `yes` does so. */
export default defineRule({
  id: 'skip-acl',
  severity: 'warning',
  docs: { description: '`skipACL=yes` disables every ACL; any other value (true, YES) does nothing.', versions: 'all' },
  zookeeper: { effect: 'warning', says: 'ACL checks will be skipped' },
  check({ model, report }) {
    const occ = model.static.effective.get('skipACL');
    if (!occ) return;
    if (occ.value === 'yes') {
      report({
        at: { occ, part: 'value' },
        message: 'skipACL=yes turns off every ACL check: any client can read, change and delete every znode, including /zookeeper/config. ZooKeeper only logs a warning.',
        hint: 'Remove skipACL and give the clients that need it the right ACLs (or a super user).',
      });
    } else if (occ.value !== 'no') {
      report({
        at: { occ, part: 'value' },
        message: `skipACL=${occ.value} does nothing: ZooKeeper skips ACLs only for exactly "yes", so ACLs are still checked.`,
        hint: 'Remove the line (ACLs stay on) — or, if you really mean it, write skipACL=yes.',
        zookeeper: { effect: 'silent' },
      });
    }
  },
});
