/**
 * Classes ZooKeeper (3.6+) and every JVM ship that configs name in class-valued keys, with whether
 * `getConstructor()` finds a public no-argument constructor (read from the real 3.8.0 and 3.9.6
 * jars with javap). ZooKeeper loads these keys with Class.forName + getConstructor().newInstance()
 * + a cast, so a shipped class of the wrong kind fails differently from a missing one.
 */
export const SHIPPED_CLASSES: ReadonlyMap<string, { publicNoArg: boolean }> = new Map([
  ['java.lang.String', { publicNoArg: true }],
  ['org.apache.zookeeper.server.NIOServerCnxnFactory', { publicNoArg: true }],
  ['org.apache.zookeeper.server.NettyServerCnxnFactory', { publicNoArg: false }],
  ['org.apache.zookeeper.server.auth.SASLAuthenticationProvider', { publicNoArg: true }],
  ['org.apache.zookeeper.server.auth.DigestAuthenticationProvider', { publicNoArg: true }],
  ['org.apache.zookeeper.server.auth.IPAuthenticationProvider', { publicNoArg: true }],
  ['org.apache.zookeeper.server.auth.KeyAuthenticationProvider', { publicNoArg: true }],
  ['org.apache.zookeeper.metrics.impl.NullMetricsProvider', { publicNoArg: true }],
  ['org.apache.zookeeper.metrics.impl.DefaultMetricsProvider', { publicNoArg: true }],
  ['org.apache.zookeeper.server.watch.WatchManager', { publicNoArg: true }],
  ['org.apache.zookeeper.server.watch.WatchManagerOptimized', { publicNoArg: true }],
]);

/**
 * Every class of ZooKeeper's `org.apache.zookeeper.server.auth` package (binary names), the same in
 * the 3.8.0, 3.9.3 and 3.9.6 jars; test/shipped-classes.test.ts compares it with each jar it has.
 */
export const AUTH_PACKAGE_CLASSES: ReadonlySet<string> = new Set([
  'org.apache.zookeeper.server.auth.AuthenticationProvider',
  'org.apache.zookeeper.server.auth.DigestAuthenticationProvider',
  'org.apache.zookeeper.server.auth.DigestLoginModule',
  'org.apache.zookeeper.server.auth.EnsembleAuthenticationProvider',
  'org.apache.zookeeper.server.auth.IPAuthenticationProvider',
  'org.apache.zookeeper.server.auth.KerberosName',
  'org.apache.zookeeper.server.auth.KerberosName$BadFormatString',
  'org.apache.zookeeper.server.auth.KerberosName$NoMatchingRule',
  'org.apache.zookeeper.server.auth.KerberosName$Rule',
  'org.apache.zookeeper.server.auth.KeyAuthenticationProvider',
  'org.apache.zookeeper.server.auth.ProviderRegistry',
  'org.apache.zookeeper.server.auth.SASLAuthenticationProvider',
  'org.apache.zookeeper.server.auth.SaslServerCallbackHandler',
  'org.apache.zookeeper.server.auth.ServerAuthenticationProvider',
  'org.apache.zookeeper.server.auth.ServerAuthenticationProvider$MatchValues',
  'org.apache.zookeeper.server.auth.ServerAuthenticationProvider$ServerObjs',
  'org.apache.zookeeper.server.auth.WrappedAuthenticationProvider',
  'org.apache.zookeeper.server.auth.X509AuthenticationProvider',
]);

/**
 * The classes of that package that ProviderRegistry can load as authentication providers (it calls
 * the declared no-argument constructor and casts to AuthenticationProvider); the others are an
 * interface, an abstract class, helpers and classes whose constructors take arguments, and it
 * skips them ("Problems loading"). test/shipped-classes.test.ts starts real 3.8 and 3.9 with each
 * class of the package and checks that they skip exactly the others; each class also has a fixture
 * (fixtures/auth-provider-unloadable/quiet-* and fires-not-provider-*).
 */
export const AUTH_PROVIDERS: ReadonlySet<string> = new Set(
  ['Digest', 'Ensemble', 'IP', 'Key', 'SASL', 'X509'].map((k) => `org.apache.zookeeper.server.auth.${k}AuthenticationProvider`),
);

/**
 * The packages of ZooKeeper's classes (zookeeper.jar and zookeeper-jute.jar, 3.8.0 and 3.9.x; also
 * checked by test/shipped-classes.test.ts). A name that is one of them, or a parent of one, names
 * no class.
 */
export const ZOOKEEPER_PACKAGES: readonly string[] = [
  'org.apache.zookeeper',
  'org.apache.zookeeper.admin',
  'org.apache.zookeeper.audit',
  'org.apache.zookeeper.cli',
  'org.apache.zookeeper.client',
  'org.apache.zookeeper.common',
  'org.apache.zookeeper.compat',
  'org.apache.zookeeper.data',
  'org.apache.zookeeper.jmx',
  'org.apache.zookeeper.metrics',
  'org.apache.zookeeper.metrics.impl',
  'org.apache.zookeeper.proto',
  'org.apache.zookeeper.server',
  'org.apache.zookeeper.server.admin',
  'org.apache.zookeeper.server.auth',
  'org.apache.zookeeper.server.command',
  'org.apache.zookeeper.server.controller',
  'org.apache.zookeeper.server.embedded',
  'org.apache.zookeeper.server.metric',
  'org.apache.zookeeper.server.persistence',
  'org.apache.zookeeper.server.quorum',
  'org.apache.zookeeper.server.quorum.auth',
  'org.apache.zookeeper.server.quorum.flexible',
  'org.apache.zookeeper.server.util',
  'org.apache.zookeeper.server.watch',
  'org.apache.zookeeper.txn',
  'org.apache.zookeeper.util',
  'org.apache.zookeeper.version',
];

/** Whether `name` is a package of ZooKeeper's (or a parent of one, as `org.apache`), which no class can be named. */
export function isZooKeeperPackage(name: string): boolean {
  return ZOOKEEPER_PACKAGES.some((p) => p === name || p.startsWith(`${name}.`));
}
