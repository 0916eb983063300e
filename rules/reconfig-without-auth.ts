import { defineRule } from '../src/rule.js';
import { javaGetBoolean } from '../src/model/java.js';
import { boolSetting, type ZkModel } from '../src/model/zk-model.js';

const HINT =
  'Configure authentication (e.g. DigestAuthenticationProvider.superDigest or SASL) and give only administrators the reconfig right; never combine it with skipACL=yes. If you do not reconfigure at run time, remove reconfigEnabled.';

/** reconfig lets a client change the membership; without authentication anyone may be able to. */
export default defineRule({
  id: 'reconfig-without-auth',
  severity: 'warning',
  versions: { since: '3.5.3' },
  docs: { description: '`reconfigEnabled=true` with ACLs skipped or no authentication configured.' },
  zookeeper: { effect: 'silent' },
  messages: {
    withSkipAcl:
      'reconfigEnabled=true together with skipACL=yes: any client that reaches the client port can change the ensemble membership (add, remove or replace servers).',
    noClientAuth:
      'reconfigEnabled=true but no client authentication is configured (no authProvider, super user, SASL or TLS): nobody can be authorised to reconfigure safely, and a super digest or skipACL added later to make it work opens it to everyone.',
  },
  hints: { withSkipAcl: HINT, noClientAuth: HINT },
  check({ model, report }) {
    const occ = model.static.effective.get('reconfigEnabled');
    if (!occ || !boolSetting(model, 'reconfigEnabled', false)) return;
    const skipAcl = model.systemProps.get('zookeeper.skipACL') === 'yes';
    if (!skipAcl && hasClientAuth(model)) return;
    report({ messageId: skipAcl ? 'withSkipAcl' : 'noClientAuth', at: { occ, part: 'value' } });
  },
});

/** Some client authentication is configured: an auth provider, a super user, SASL, or TLS. */
function hasClientAuth(model: ZkModel): boolean {
  const sys = model.systemProps;
  if (
    sys.has('zookeeper.DigestAuthenticationProvider.superDigest') ||
    sys.has('zookeeper.X509AuthenticationProvider.superUser') ||
    javaGetBoolean(sys, 'zookeeper.sessionRequireClientSASLAuth') ||
    javaGetBoolean(sys, 'zookeeper.enforce.auth.enabled') ||
    sys.has('zookeeper.secureClientPort') ||
    model.static.effective.has('secureClientPort')
  ) {
    return true;
  }
  return sys.withPrefix('zookeeper.authProvider.').length > 0 || sys.withPrefix('zookeeper.superUser').length > 0;
}
