import { defineRule } from '../src/rule.js';
import { factoryClass, NETTY, portSet } from '../src/model/client-factory.js';

type Args = { store: 'keystore' | 'truststore'; key: string };

/**
 * The secure client port's X509AuthenticationProvider reads ssl.keyStore.location and
 * ssl.trustStore.location; without them it logs "keystore not specified for client connection"
 * (and "Truststore not specified ...") and the server starts with a TLS port no client can use.
 */
export default defineRule({
  id: 'secure-port-without-keystore',
  severity: 'warning',
  versions: { since: '3.8' },
  docs: { description: 'secureClientPort with the Netty factory but no ssl.keyStore.location / ssl.trustStore.location: the TLS port cannot complete a handshake.' },
  zookeeper: { effect: 'warning', says: 'not specified for client connection' },
  messages: {
    missing: ({ store, key }: Args) =>
      `secureClientPort is set but ${key} is not: ZooKeeper starts and logs "${store === 'keystore' ? 'keystore' : 'Truststore'} not specified for client connection"; ` +
      `without a ${store} no TLS client can complete a handshake on the secure port.`,
  },
  hints: {
    missing: ({ key }: Args) => `Set ${key} (and its password) to the server's ${key.includes('keyStore') ? 'key store' : 'trust store'} file.`,
  },
  check({ model, report }) {
    if (!portSet(model, 'secureClientPort') || factoryClass(model) !== NETTY) return;
    const sys = model.systemProps;
    const provider = sys.get('zookeeper.ssl.authProvider');
    if (provider !== undefined && provider !== 'x509') return; // another provider reads its own settings
    const occ = model.static.effective.get('secureClientPort');
    if (!occ) return;
    for (const [store, key] of [['keystore', 'ssl.keyStore.location'], ['truststore', 'ssl.trustStore.location']] as const) {
      if ((sys.get(`zookeeper.${key}`) ?? '') !== '') continue;
      report({ messageId: 'missing', args: { store, key }, at: { occ, part: 'key' } });
    }
  },
});
