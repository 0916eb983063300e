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
