/**
 * zoo.cfg keys that look right but that ZooKeeper never reads, each with what works instead.
 * Source: ../shared/reference/zookeeper-config.md §1.4 points 4–5 and failure-modes.md X3.
 * `unknown-key` skips these names: `jvm-only-key` and `misnamed-key` report them precisely.
 */

/** Properties without the `zookeeper.` prefix: zoo.cfg can never set them (it sets `zookeeper.<key>`). */
export const JVM_ONLY_KEYS: ReadonlyMap<string, string> = new Map([
  ['jute.maxbuffer', 'the largest znode/request ZooKeeper accepts (bytes); must match on servers and clients'],
  ['readonlymode.enabled', 'read-only mode when the server loses its quorum'],
  ['znode.container.checkIntervalMs', 'how often container nodes are checked'],
  ['znode.container.maxPerMinute', 'how many container nodes are deleted per minute'],
  ['znode.container.maxNeverUsedIntervalMs', 'when never-used container nodes are deleted'],
  ['follower.nodelay', 'TCP_NODELAY on follower sockets'],
  ['leader.nodelay', 'TCP_NODELAY on leader sockets'],
  ['java.security.auth.login.config', 'the JAAS configuration file'],
  ['sun.security.jgss.native', 'native GSS-API for Kerberos'],
]);

export interface Misnamed {
  /** The key that works in zoo.cfg, when there is one. */
  works?: string;
  /** Why the written name does nothing. */
  why: string;
}

const documented = (works: string): Misnamed => ({
  works,
  why: `the admin guide lists this name, but the code reads zookeeper.${works}`,
});

/** Documented names that are not the zoo.cfg key, and keys no ZooKeeper version reads. */
export const MISNAMED_KEYS: ReadonlyMap<string, Misnamed> = new Map<string, Misnamed>([
  ['connectionMaxTokens', documented('connection_throttle_tokens')],
  ['connectionTokenFillTime', documented('connection_throttle_fill_time')],
  ['connectionTokenFillCount', documented('connection_throttle_fill_count')],
  ['connectionFreezeTime', documented('connection_throttle_freeze_time')],
  ['connectionDropIncrease', documented('connection_throttle_drop_increase')],
  ['connectionDropDecrease', documented('connection_throttle_drop_decrease')],
  ['connectionDecreaseRatio', documented('connection_throttle_decrease_ratio')],
  ['requestThrottleLimit', documented('request_throttle_max_requests')],
  ['requestThrottleStallTime', documented('request_throttle_stall_time')],
  ['requestThrottleDropStale', documented('request_throttle_drop_stale')],
  ['requestStaleLatencyCheck', documented('request_stale_latency_check')],
  ['requestStaleConnectionCheck', documented('request_stale_connection_check')],
  ['advancedFlowControlEnabled', documented('netty.advancedFlowControl.enabled')],
  ['maxConcurrentSnapSyncs', documented('leader.maxConcurrentSnapSyncs')],
  ['maxConcurrentDiffSyncs', documented('leader.maxConcurrentDiffSyncs')],
  ['maxTimeToWaitForEpoch', documented('leader.maxTimeToWaitForEpoch')],
  ['outstandingHandshake.limit', documented('netty.server.outstandingHandshake.limit')],
  ['throttledOpWaitTime', documented('throttled_op_wait_time')],
  [
    'authProvider',
    { works: 'authProvider.1', why: 'ZooKeeper only reads authProvider.<suffix> keys; a bare authProvider is never read' },
  ],
  [
    'requireClientAuthScheme',
    {
      works: 'sessionRequireClientSASLAuth',
      why: 'no ZooKeeper version reads it, so clients that do not authenticate still connect (use sessionRequireClientSASLAuth=true, or enforce.auth.enabled=true with enforce.auth.schemes=sasl on 3.7+)',
    },
  ],
  [
    'jaasLoginRenew',
    { why: 'no ZooKeeper server version reads it; Kerberos ticket renewal is handled by the JAAS login itself' },
  ],
]);

/** True when a dedicated rule explains this key better than `unknown-key`. */
export function isIgnoredKnownKey(key: string): boolean {
  return JVM_ONLY_KEYS.has(key) || MISNAMED_KEYS.has(key);
}
