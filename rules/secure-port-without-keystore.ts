import { defineRule } from '../src/rule.js';
import { factoryClass, NETTY, portSet } from '../src/model/client-factory.js';
import { AUTH_PREFIX } from '../src/model/auth-providers.js';

type Args = { store: 'keystore' | 'truststore'; key: string; provider?: string };

const X509_PROVIDER = `${AUTH_PREFIX}X509AuthenticationProvider`;
const said = (store: Args['store']) => `${store === 'keystore' ? 'keystore' : 'Truststore'} not specified for client connection`;

/**
 * X509AuthenticationProvider reads ssl.keyStore.location and ssl.trustStore.location when it is
 * built; without them it logs "keystore not specified for client connection" (and "Truststore not
 * specified ...") and the server starts with x509 authentication that cannot succeed. It is built
 * for the secure client port (with the Netty factory), and at start-up for every
 * authProvider.N that names it (ProviderRegistry.initialize, whatever the ports).
 */
export default defineRule({
  id: 'secure-port-without-keystore',
  severity: 'warning',
  versions: { since: '3.8' },
  docs: { description: 'secureClientPort with the Netty factory, or an authProvider.N naming X509AuthenticationProvider, but no ssl.keyStore.location / ssl.trustStore.location: the TLS port cannot complete a handshake, x509 authentication cannot succeed.' },
  zookeeper: { effect: 'warning', says: 'not specified for client connection' },
  messages: {
    missing: ({ store, key }: Args) =>
      `secureClientPort is set but ${key} is not: ZooKeeper starts and logs "${said(store)}"; ` +
      `without a ${store} no TLS client can complete a handshake on the secure port.`,
    registered: ({ store, key, provider }: Args) =>
      `${provider} registers X509AuthenticationProvider, which ZooKeeper builds at start-up, but ${key} is not set: ZooKeeper starts and logs "${said(store)}"; ` +
      `without a ${store} no client can authenticate with x509.`,
  },
  hints: {
    missing: ({ key }: Args) => `Set ${key} (and its password) to the server's ${key.includes('keyStore') ? 'key store' : 'trust store'} file.`,
    registered: ({ key, provider }: Args) =>
      `Set ${key} (and its password) to the server's ${key.includes('keyStore') ? 'key store' : 'trust store'} file, or delete ${provider} if x509 authentication is not wanted.`,
  },
  check({ model, report }) {
    const sys = model.systemProps;
    const provider = sys.get('zookeeper.ssl.authProvider');
    // Another ssl.authProvider reads its own settings on the secure port.
    const securePort = portSet(model, 'secureClientPort') && factoryClass(model) === NETTY && (provider === undefined || provider === 'x509');
    const secureOcc = securePort ? model.static.effective.get('secureClientPort') : undefined;
    // ProviderRegistry.initialize builds every registered provider when the server starts.
    const registered = sys.withPrefix('zookeeper.authProvider.').find(([, value]) => value === X509_PROVIDER)?.[0].slice('zookeeper.'.length);
    if (!secureOcc && registered === undefined) return;
    const registeredOcc = registered === undefined ? undefined : model.static.effective.get(registered);
    for (const [store, key] of [['keystore', 'ssl.keyStore.location'], ['truststore', 'ssl.trustStore.location']] as const) {
      if ((sys.get(`zookeeper.${key}`) ?? '') !== '') continue;
      // Built once, whichever asks first: one finding a store, at the secure port when it is one.
      if (secureOcc) report({ messageId: 'missing', args: { store, key }, at: { occ: secureOcc, part: 'key' } });
      else report({ messageId: 'registered', args: { store, key, provider: registered }, at: registeredOcc ? { occ: registeredOcc, part: 'key' } : { file: model.static.source.path } });
    }
  },
});
