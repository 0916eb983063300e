import { defineRule } from '../src/rule.js';

/** The super user's digest in zoo.cfg: an unsalted SHA-1 that anyone reading the file can attack. */
export default defineRule({
  id: 'super-digest',
  severity: 'info',
  versions: 'all',
  docs: { description: 'DigestAuthenticationProvider.superDigest in zoo.cfg: the super user bypasses every ACL.' },
  zookeeper: { effect: 'silent' },
  messages: {
    superUser:
      'DigestAuthenticationProvider.superDigest defines a super user that bypasses every ACL. The digest is an unsalted SHA-1 of "user:password": ' +
      'anyone who can read zoo.cfg can try passwords offline, and the super password travels in clear text on a plaintext client port.',
  },
  hints: {
    superUser: 'Keep zoo.cfg readable by the ZooKeeper user only, use a long random password, use it only over TLS, and remove it when not needed.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('DigestAuthenticationProvider.superDigest');
    if (!occ || occ.value === '') return;
    report({ messageId: 'superUser', at: { occ, part: 'value' } });
  },
});
