import { defineRule } from '../src/rule.js';
import { javaGetBoolean } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';

type NotServed = { key: string; scheme: string };

/** Built-in providers and the scheme each known provider class serves. */
const KNOWN_PROVIDERS = new Map([
  ['org.apache.zookeeper.server.auth.SASLAuthenticationProvider', 'sasl'],
  ['org.apache.zookeeper.server.auth.X509AuthenticationProvider', 'x509'],
  ['org.apache.zookeeper.server.auth.DigestAuthenticationProvider', 'digest'],
  ['org.apache.zookeeper.server.auth.IPAuthenticationProvider', 'ip'],
  ['org.apache.zookeeper.server.auth.KeyAuthenticationProvider', 'key'],
]);

/** ZooKeeper's words (ProviderRegistry / AuthenticationHelper, 3.6+). */
const says = (scheme: string) => `Authentication scheme ${scheme} is not available.`;


/**
 * Enforced client authentication (sessionRequireClientSASLAuth, enforce.auth.*) needs a provider for
 * every enforced scheme; ZooKeeper checks at start and refuses: "Authentication scheme sasl is not available."
 */
export default defineRule({
  id: 'auth-scheme-unavailable',
  severity: 'error',
  versions: { since: '3.6' },
  docs: { description: 'Enforced authentication scheme (sasl…) without an authProvider that serves it: ZooKeeper refuses to start.' },
  zookeeper: { effect: 'fatal', says: 'is not available.' },
  messages: {
    notServed: ({ key, scheme }: NotServed) =>
      `${key} makes clients authenticate with "${scheme}", but no authProvider serves that scheme. ZooKeeper refuses to start: "${says(scheme)}"`,
  },
  hints: {
    notServed: ({ scheme }: NotServed) =>
      scheme === 'sasl'
        ? 'Add authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider (and a JAAS Server section).'
        : `Add an authProvider.<n>=<class> whose scheme is "${scheme}", or remove it from enforce.auth.schemes.`,
  },
  check({ model, report }) {
    const sys = model.systemProps;
    const saslRequired = javaGetBoolean(sys, 'zookeeper.sessionRequireClientSASLAuth');
    const enforceAuth = atLeast(model.version, '3.7') && javaGetBoolean(sys, 'zookeeper.enforce.auth.enabled');
    if (!saslRequired && !enforceAuth) return; // no authentication enforced (the default)
    const enforced: Array<{ scheme: string; key: string }> = [];
    if (saslRequired) enforced.push({ scheme: 'sasl', key: 'sessionRequireClientSASLAuth' });
    if (enforceAuth) {
      for (const s of (sys.get('zookeeper.enforce.auth.schemes') ?? '').split(',')) {
        const scheme = s.trim();
        if (scheme !== '') enforced.push({ scheme, key: 'enforce.auth.schemes' });
      }
    }
    if (enforced.length === 0) return;
    const served = new Set(['ip']);
    if ((sys.get('zookeeper.DigestAuthenticationProvider.enabled') ?? 'true').toLowerCase() !== 'false') served.add('digest');
    for (const [k, v] of sys) {
      if (!k.startsWith('zookeeper.authProvider.')) continue;
      const scheme = KNOWN_PROVIDERS.get(v.trim());
      if (scheme === undefined) return; // a custom provider: its scheme is unknown here
      served.add(scheme);
    }
    const seen = new Set<string>();
    for (const { scheme, key } of enforced) {
      if (served.has(scheme) || seen.has(scheme)) continue;
      seen.add(scheme);
      const occ = model.static.effective.get(key) ?? model.static.effective.get(key === 'enforce.auth.schemes' ? 'enforce.auth.enabled' : key);
      report({
        messageId: 'notServed',
        args: { key, scheme },
        at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
        zookeeper: { effect: 'fatal', says: says(scheme) },
      });
    }
  },
});
