import { defineRule } from '../src/rule.js';
import { boolSetting } from '../src/model/zk-model.js';
import { atLeast } from '../src/model/version.js';

/** reconfig lets a client change the membership; without authentication anyone may be able to. */
export default defineRule({
  id: 'reconfig-without-auth',
  severity: 'warning',
  docs: { description: '`reconfigEnabled=true` with ACLs skipped or no authentication configured.', versions: '3.5.3+' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5') || !boolSetting(model, 'reconfigEnabled', false)) return;
    const occ = model.static.effective.get('reconfigEnabled');
    if (!occ) return;
    const sys = model.systemProps;
    const skipAcl = sys.get('zookeeper.skipACL') === 'yes';
    const hasAuth =
      [...sys.keys()].some((k) => k.startsWith('zookeeper.authProvider.') || k.startsWith('zookeeper.superUser')) ||
      sys.has('zookeeper.DigestAuthenticationProvider.superDigest') ||
      sys.has('zookeeper.X509AuthenticationProvider.superUser') ||
      (sys.get('zookeeper.sessionRequireClientSASLAuth') ?? '').toLowerCase() === 'true' ||
      (sys.get('zookeeper.enforce.auth.enabled') ?? '').toLowerCase() === 'true' ||
      sys.has('zookeeper.secureClientPort') ||
      model.static.effective.has('secureClientPort');
    if (!skipAcl && hasAuth) return;
    report({
      at: { occ, part: 'value' },
      message: skipAcl
        ? 'reconfigEnabled=true together with skipACL=yes: any client that reaches the client port can change the ensemble membership (add, remove or replace servers).'
        : 'reconfigEnabled=true but no client authentication is configured (no authProvider, super user, SASL or TLS): nobody can be authorised to reconfigure safely, and a super digest or skipACL added later to make it work opens it to everyone.',
      hint: 'Configure authentication (e.g. DigestAuthenticationProvider.superDigest or SASL) and give only administrators the reconfig right; never combine it with skipACL=yes. If you do not reconfigure at run time, remove reconfigEnabled.',
    });
  },
});
