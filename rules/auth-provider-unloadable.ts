import { defineRule } from '../src/rule.js';
import { AUTH_PREFIX, unloadableProvider } from '../src/model/auth-providers.js';

type Args = { key: string; value: string; why: string };

/**
 * ProviderRegistry.initialize loads every zookeeper.authProvider.* class at start-up; one that
 * cannot be loaded or is no AuthenticationProvider is logged ("Problems loading <name>") and
 * skipped, so the scheme it was meant to add is silently missing.
 */
export default defineRule({
  id: 'auth-provider-unloadable',
  severity: 'warning',
  versions: { since: '3.8' },
  docs: { description: 'authProvider.N is empty, not a qualified class name, one of ZooKeeper\'s packages or a name in one outside its auth package, a class its auth package does not have, or a shipped class that is not an authentication provider: ZooKeeper skips it.' },
  zookeeper: { effect: 'warning', says: 'Problems loading' },
  messages: {
    unloadable: ({ key, value, why }: Args) =>
      `${key}=${JSON.stringify(value)} ${why}: ZooKeeper logs "Problems loading ${value}" and starts without it, so clients cannot authenticate with the scheme it was meant to add.`,
  },
  hints: {
    unloadable: ({ key }: Args) => `Name an authentication provider class in ${key} (e.g. ${AUTH_PREFIX}SASLAuthenticationProvider), or delete the line.`,
  },
  check({ model, report }) {
    for (const [k, value] of model.systemProps.withPrefix('zookeeper.authProvider.')) {
      const why = unloadableProvider(value);
      if (why === undefined) continue; // a provider, or a custom class zklint cannot see
      const key = k.slice('zookeeper.'.length);
      const occ = model.static.effective.get(key);
      report({ messageId: 'unloadable', args: { key, value, why }, at: occ ? { occ, part: occ.value === '' ? 'key' : 'value' } : { file: model.static.source.path } });
    }
  },
});
