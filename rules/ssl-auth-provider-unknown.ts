import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

/** `scheme`: the scheme ssl.authProvider names; `says`: ZooKeeper's words. */
type Args = { scheme: string; says: string };

/**
 * With a secure client port, the scheme named by ssl.authProvider (default x509) must have an
 * `authProvider.<scheme>` entry; ZooKeeper only fills in x509 itself.
 */
export default defineRule({
  id: 'ssl-auth-provider-unknown',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'ssl.authProvider names a scheme with no authProvider.<scheme> class while secureClientPort is set.' },
  zookeeper: { effect: 'fatal', says: 'No auth provider configured for the SSL authentication scheme' },
  messages: {
    noProvider: ({ scheme, says }: Args) =>
      `ssl.authProvider=${scheme} names the scheme that authenticates TLS clients on secureClientPort, but no authProvider.${scheme} ` +
      `class is configured (ZooKeeper only registers x509 by itself). ZooKeeper refuses to start ("${says}").`,
  },
  hints: {
    noProvider: ({ scheme }: Args) =>
      `Add authProvider.${scheme}=<provider class> (the key's suffix must be the scheme), or remove ssl.authProvider to use x509.`,
  },
  check({ model, report }) {
    const port = model.static.effective.get('secureClientPort');
    if (!port) return;
    const n = parseJavaInt(port.value);
    if (!n.ok || n.value === 0) return;
    const scheme = model.systemProps.get('zookeeper.ssl.authProvider');
    if (scheme === undefined || scheme === 'x509') return;
    if (model.systemProps.has(`zookeeper.authProvider.${scheme}`)) return;
    const occ = model.static.effective.get('ssl.authProvider');
    const says = `No auth provider configured for the SSL authentication scheme '${scheme}'.`;
    report({
      messageId: 'noProvider',
      args: { scheme, says } satisfies Args,
      at: occ ? { occ, part: 'value' } : { occ: port, part: 'key' },
      zookeeper: { effect: 'fatal', says },
    });
  },
});
