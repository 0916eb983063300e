import { defineRule } from '../src/rule.js';

type Args = { value: string };

/**
 * skipACL switches off every ACL check, and only the exact value `yes` does so. ZooKeeper notes it
 * in its log at INFO (`skipACL=="yes", ACL checks will be skipped`), not as a warning.
 */
export default defineRule({
  id: 'skip-acl',
  severity: 'warning',
  versions: 'all',
  docs: { description: '`skipACL=yes` disables every ACL; any other value (true, YES) does nothing.' },
  zookeeper: { effect: 'silent', says: 'ACL checks will be skipped' },
  messages: {
    aclsOff:
      'skipACL=yes turns off every ACL check: any client can read, change and delete every znode, including /zookeeper/config. ZooKeeper starts without a warning (its log notes it at INFO).',
    doesNothing: ({ value }: Args) => `skipACL=${value} does nothing: ZooKeeper skips ACLs only for exactly "yes", so ACLs are still checked.`,
  },
  hints: {
    aclsOff: 'Remove skipACL and give the clients that need it the right ACLs (or a super user).',
    doesNothing: 'Remove the line (ACLs stay on) — or, if you really mean it, write skipACL=yes.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('skipACL');
    if (!occ) return;
    if (occ.value === 'yes') {
      report({ messageId: 'aclsOff', at: { occ, part: 'value' } });
    } else if (occ.value !== 'no') {
      report({ messageId: 'doesNothing', args: { value: occ.value } satisfies Args, at: { occ, part: 'value' }, zookeeper: { effect: 'silent' } });
    }
  },
});
