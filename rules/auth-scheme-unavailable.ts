import { defineRule } from '../src/rule.js';
import { javaGetBoolean } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';
import { javaTrim } from '../src/model/java.js';
import { javaSplit } from '../src/model/java-split.js';
import { unloadableProvider } from '../src/model/auth-providers.js';

type NotServed = { key: string; scheme: string };

/** Built-in providers and the scheme each known provider class serves. */
const KNOWN_PROVIDERS = new Map([
  ['org.apache.zookeeper.server.auth.SASLAuthenticationProvider', 'sasl'],
  ['org.apache.zookeeper.server.auth.X509AuthenticationProvider', 'x509'],
  ['org.apache.zookeeper.server.auth.DigestAuthenticationProvider', 'digest'],
  ['org.apache.zookeeper.server.auth.IPAuthenticationProvider', 'ip'],
  ['org.apache.zookeeper.server.auth.KeyAuthenticationProvider', 'key'],
]);

const NO_SCHEMES_SAYS = 'zookeeper.enforce.auth.enabled is true';

/** ZooKeeper's words (ProviderRegistry / AuthenticationHelper, 3.6+). */
const says = (scheme: string) => `Authentication scheme ${scheme} is not available.`;


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
    noSchemes: `enforce.auth.enabled=true with no scheme in enforce.auth.schemes: ZooKeeper refuses to start ("${NO_SCHEMES_SAYS} zookeeper.enforce.auth.schemes must be configured.").`,
    noSchemesQuorum:
      `enforce.auth.enabled=true with no scheme in enforce.auth.schemes: in quorum mode the peer starts and elects, but building its serving server after each election fails ` +
      `("${NO_SCHEMES_SAYS} zookeeper.enforce.auth.schemes must be configured.", logged as "Unexpected exception"): it never serves clients.`,
    notServed: ({ key, scheme }: NotServed) =>
      `${key} makes clients authenticate with "${scheme}", but no authProvider serves that scheme. ZooKeeper refuses to start: "${says(scheme)}"`,
    notServedQuorum: ({ key, scheme }: NotServed) =>
      `${key} makes clients authenticate with "${scheme}", but no authProvider serves that scheme. In quorum mode the peer starts and elects, ` +
      `but building its serving server after each election fails ("${says(scheme)}", logged as "Unexpected exception") and it goes back to electing: it never serves clients.`,
  },
  hints: {
    noSchemes: 'Name the schemes clients must use, e.g. enforce.auth.schemes=sasl (with a provider for each), or remove enforce.auth.enabled.',
    noSchemesQuorum: 'Name the schemes clients must use, e.g. enforce.auth.schemes=sasl (with a provider for each), or remove enforce.auth.enabled.',
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
    const saslRequired = javaGetBoolean(sys, 'zookeeper.sessionRequireClientSASLAuth');
    const enforceAuth = atLeast(model.version, '3.7') && javaGetBoolean(sys, 'zookeeper.enforce.auth.enabled');
    if (!saslRequired && !enforceAuth) return; // no authentication enforced (the default)
    // AuthenticationHelper: sessionRequireClientSASLAuth wins and enforces sasl alone; otherwise
    // enforce.auth.schemes is split on ',' (String.split: trailing empty pieces dropped) and trimmed.
    const enforced: Array<{ scheme: string; key: string }> = [];
    if (saslRequired) enforced.push({ scheme: 'sasl', key: 'sessionRequireClientSASLAuth' });
    else {
      const list = sys.get('zookeeper.enforce.auth.schemes');
      if (list !== undefined) for (const s of javaSplit(list, ',')) enforced.push({ scheme: javaTrim(s), key: 'enforce.auth.schemes' });
    }
    if (enforced.length === 0) {
      const occ = model.static.effective.get('enforce.auth.enabled');
      const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
      if (model.distributed) report({ messageId: 'noSchemesQuorum', at, severity: 'warning', zookeeper: { effect: 'warning', says: NO_SCHEMES_SAYS } });
      else report({ messageId: 'noSchemes', at, zookeeper: { effect: 'fatal', says: NO_SCHEMES_SAYS } });
      return;
    }
    const served = new Set(['ip']);
    if ((sys.get('zookeeper.DigestAuthenticationProvider.enabled') ?? 'true').toLowerCase() !== 'false') served.add('digest');
    for (const [, v] of sys.withPrefix('zookeeper.authProvider.')) {
      if (unloadableProvider(v) !== undefined) continue; // skipped at start-up ("Problems loading"): serves nothing
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
