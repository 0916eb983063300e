import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';

/**
 * With a secure client port, the scheme named by ssl.authProvider (default x509) must have an
 * `authProvider.<scheme>` entry; ZooKeeper only fills in x509 itself.
 */
export default defineRule({
  id: 'ssl-auth-provider-unknown',
  severity: 'error',
  docs: { description: 'ssl.authProvider names a scheme with no authProvider.<scheme> class while secureClientPort is set.', versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: 'No auth provider configured for the SSL authentication scheme' },
  check({ model, report }) {
    const port = model.static.effective.get('secureClientPort');
    if (!port || !atLeast(model.version, '3.5')) return;
    const n = parseJavaInt(port.value);
    if (!n.ok || n.value === 0) return;
    const scheme = model.systemProps.get('zookeeper.ssl.authProvider');
    if (scheme === undefined || scheme === 'x509') return;
    if (model.systemProps.has(`zookeeper.authProvider.${scheme}`)) return;
    const occ = model.static.effective.get('ssl.authProvider');
    const says = `No auth provider configured for the SSL authentication scheme '${scheme}'.`;
    report({
      at: occ ? { occ, part: 'value' } : { occ: port as NonNullable<typeof port>, part: 'key' },
      message:
        `ssl.authProvider=${scheme} names the scheme that authenticates TLS clients on secureClientPort, but no authProvider.${scheme} ` +
        `class is configured (ZooKeeper only registers x509 by itself). ZooKeeper refuses to start ("${says}").`,
      hint: `Add authProvider.${scheme}=<provider class> (the key's suffix must be the scheme), or remove ssl.authProvider to use x509.`,
      zookeeper: { effect: 'fatal', says },
    });
  },
});
