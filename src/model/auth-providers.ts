/**
 * What ZooKeeper's ProviderRegistry does with a `zookeeper.authProvider.<n>` class name at start-up:
 * it loads every one, and one that cannot be loaded or is no AuthenticationProvider is logged
 * ("Problems loading <name>") and skipped. Shared by auth-provider-unloadable (which says so) and
 * auth-scheme-unavailable (for which a skipped provider serves no scheme).
 */
import { SHIPPED_CLASSES } from './classes.js';

/** A Java binary class name: dot-separated identifiers (ASCII letters, digits, `_`, `$`). */
const CLASS_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
export const AUTH_PREFIX = 'org.apache.zookeeper.server.auth.';

/** Why ZooKeeper surely skips the provider class `value`, or undefined (a provider, or a custom class zklint cannot see). */
export function unloadableProvider(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (!CLASS_NAME.test(value)) return 'is not a Java class name';
  if (!value.includes('.')) return 'names no package (no provider lives in the unnamed package)';
  if (SHIPPED_CLASSES.has(value) && !value.startsWith(AUTH_PREFIX)) return 'is a class ZooKeeper ships, but not an authentication provider';
  return undefined;
}
