/**
 * What ZooKeeper's ProviderRegistry does with a `zookeeper.authProvider.<n>` class name at start-up:
 * it loads every one, and one that cannot be loaded or is no AuthenticationProvider is logged
 * ("Problems loading <name>") and skipped. Shared by auth-provider-unloadable (which says so) and
 * auth-scheme-unavailable (for which a skipped provider serves no scheme).
 */
import { AUTH_PACKAGE_CLASSES, AUTH_PROVIDERS, isZooKeeperPackage, SHIPPED_CLASSES, ZOOKEEPER_PACKAGES } from './classes.js';

/** A Java binary class name: dot-separated identifiers (ASCII letters, digits, `_`, `$`). */
const CLASS_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
export const AUTH_PREFIX = 'org.apache.zookeeper.server.auth.';

/** Why ZooKeeper surely skips the provider class `value`, or undefined (a provider, or a custom class zklint cannot see). */
export function unloadableProvider(value: string): string | undefined {
  if (value === '') return 'is empty';
  if (!CLASS_NAME.test(value)) return 'is not a Java class name';
  if (!value.includes('.')) return 'names no package (no provider lives in the unnamed package)';
  if (SHIPPED_CLASSES.has(value) && !value.startsWith(AUTH_PREFIX)) return 'is a class ZooKeeper ships, but not an authentication provider';
  if (isZooKeeperPackage(value)) return 'names one of ZooKeeper\'s packages, not a class';
  // Right in one of ZooKeeper's other packages: all its providers live in the auth package.
  const pkg = value.slice(0, value.lastIndexOf('.'));
  if (`${pkg}.` !== AUTH_PREFIX && ZOOKEEPER_PACKAGES.includes(pkg)) return `is in ZooKeeper's package ${pkg}, which holds no authentication provider`;
  // A class right in ZooKeeper's own auth package: what that package holds is known (a custom
  // provider lives in a package of its own).
  if (value.startsWith(AUTH_PREFIX) && !value.includes('.', AUTH_PREFIX.length)) {
    if (!AUTH_PACKAGE_CLASSES.has(value)) return `is no class of ZooKeeper's ${AUTH_PREFIX.slice(0, -1)} package (misspelled?)`;
    if (!AUTH_PROVIDERS.has(value)) return 'is a class of ZooKeeper\'s auth package, but not an authentication provider it can create';
  }
  return undefined;
}
