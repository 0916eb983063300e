import { defineRule } from '../src/rule.js';
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

function isTrue(sys: ReadonlyMap<string, string>, key: string): boolean {
  return (sys.get(key) ?? '').toLowerCase() === 'true';
}

/**
 * Enforced client authentication (sessionRequireClientSASLAuth, enforce.auth.*) needs a provider for
 * every enforced scheme; ZooKeeper checks when it builds its ZooKeeperServer (AuthenticationHelper):
 * standalone at start ("Authentication scheme sasl is not available.", refused); in quorum mode after
 * every election, where QuorumPeer.run logs it and elects again (runs, never serves: a warning).
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
    notServedQuorum: ({ key, scheme }: NotServed) =>
      `${key} makes clients authenticate with "${scheme}", but no authProvider serves that scheme. In quorum mode the peer starts and elects, ` +
      `but building its serving server after each election fails ("${says(scheme)}", logged as "Unexpected exception") and it goes back to electing: it never serves clients.`,
  },
  hints: {
    notServed: ({ scheme }: NotServed) =>
      scheme === 'sasl'
        ? 'Add authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider (and a JAAS Server section).'
        : `Add an authProvider.<n>=<class> whose scheme is "${scheme}", or remove it from enforce.auth.schemes.`,
    notServedQuorum: ({ scheme }: NotServed) =>
      scheme === 'sasl'
        ? 'Add authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider (and a JAAS Server section).'
        : `Add an authProvider.<n>=<class> whose scheme is "${scheme}", or remove it from enforce.auth.schemes.`,
  },
  check({ model, report }) {
    const sys = model.systemProps;
    const saslRequired = isTrue(sys, 'zookeeper.sessionRequireClientSASLAuth');
    const enforceAuth = atLeast(model.version, '3.7') && isTrue(sys, 'zookeeper.enforce.auth.enabled');
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
      const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
      // The check runs when a ZooKeeperServer is built: at start-up standalone, but in quorum mode
      // only after an election (QuorumPeer.run catches it and looks again), so the peer runs on.
      if (model.distributed) {
        report({ messageId: 'notServedQuorum', args: { key, scheme }, at, severity: 'warning', zookeeper: { effect: 'warning', says: says(scheme) } });
      } else {
        report({ messageId: 'notServed', args: { key, scheme }, at, zookeeper: { effect: 'fatal', says: says(scheme) } });
      }
    }
  },
});
