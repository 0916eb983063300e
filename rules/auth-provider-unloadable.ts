import { defineRule } from '../src/rule.js';
import { SHIPPED_CLASSES } from '../src/model/classes.js';

type Args = { key: string; value: string; why: string };

/** A Java binary class name: dot-separated identifiers (ASCII letters, digits, `_`, `$`). */
const CLASS_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const AUTH_PREFIX = 'org.apache.zookeeper.server.auth.';

/**
 * ProviderRegistry.initialize loads every zookeeper.authProvider.* class at start-up; one that
 * cannot be loaded or is no AuthenticationProvider is logged ("Problems loading <name>") and
 * skipped, so the scheme it was meant to add is silently missing.
 */
export default defineRule({
  id: 'auth-provider-unloadable',
  severity: 'warning',
  versions: { since: '3.8' },
  docs: { description: 'authProvider.N is empty, not a qualified class name, or a shipped class that is not an authentication provider: ZooKeeper skips it.' },
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
      let why: string | undefined;
      if (value === '') why = 'is empty';
      else if (!CLASS_NAME.test(value)) why = 'is not a Java class name';
      else if (!value.includes('.')) why = 'names no package (no provider lives in the unnamed package)';
      else if (SHIPPED_CLASSES.has(value) && !value.startsWith(AUTH_PREFIX)) why = 'is a class ZooKeeper ships, but not an authentication provider';
      if (why === undefined) continue; // a provider, or a custom class zklint cannot see
      const key = k.slice('zookeeper.'.length);
      const occ = model.static.effective.get(key);
      report({ messageId: 'unloadable', args: { key, value, why }, at: occ ? { occ, part: occ.value === '' ? 'key' : 'value' } : { file: model.static.source.path } });
    }
  },
});
