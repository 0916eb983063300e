/**
 * The catalogue of zoo.cfg keys, as a JSON Schema (draft-07) with an `x-zk` annotation per key:
 * how ZooKeeper parses the value, whether QuorumPeerConfig parses it or it passes through as a
 * `zookeeper.<key>` system property, and the release that introduced it. The schema is data:
 * rules look keys up in it, tests validate it with ajv, docs are generated from it.
 * Source: ../shared/reference/zookeeper-config.md §2.1 (parsed keys) and §2.3 (pass-through keys).
 */

/** How a value is read: `int`/`long` = Integer/Long.parseInt (fatal when bad); `bool` = strict in 3.7+;
 * `getInteger`/`getLong` = pass-through numbers that silently fall back to the default;
 * `sysBool` = Boolean.getBoolean (true only for `true`); `literal` = compared with one exact literal. */
export type ValueKind =
  | 'int'
  | 'long'
  | 'bool'
  | 'path'
  | 'string'
  | 'host'
  | 'class'
  | 'getInteger'
  | 'getLong'
  | 'sysBool'
  | 'literal'
  | 'parseIntLate'
  | 'list';

export interface KeyInfo {
  kind: ValueKind;
  /** true: parsed by QuorumPeerConfig.parseProperties; false: passes through as `zookeeper.<key>`. */
  parsed: boolean;
  since?: string;
  default?: string;
  /** For `literal` keys: the one value that changes behaviour (`skipACL` → `yes`). */
  literal?: string;
  /** What the default means when the literal is absent. */
  description: string;
}

type Row = [key: string, kind: ValueKind, since: string | undefined, def: string | undefined, description: string];

const parsedRows: Row[] = [
  ['dataDir', 'path', undefined, undefined, 'Snapshot directory (and myid); required.'],
  ['dataLogDir', 'path', undefined, undefined, 'Transaction log directory; defaults to dataDir.'],
  ['clientPort', 'int', undefined, undefined, 'Plaintext client port; unset or 0 means no plaintext listener (3.5–3.8).'],
  ['clientPortAddress', 'host', undefined, undefined, 'Address the client port binds to; needs clientPort.'],
  ['secureClientPort', 'int', '3.5.1', undefined, 'TLS client port; needs the Netty connection factory.'],
  ['secureClientPortAddress', 'host', '3.5.1', undefined, 'Address the TLS client port binds to; needs secureClientPort.'],
  ['observerMasterPort', 'int', '3.6.0', undefined, 'Port on which followers serve observers.'],
  ['clientPortListenBacklog', 'int', '3.6.0', '-1', 'Listen backlog of the client socket.'],
  ['tickTime', 'int', undefined, '3000', 'Basic time unit in milliseconds.'],
  ['maxClientCnxns', 'int', undefined, '60', 'Connections per client IP; 0 means unlimited.'],
  ['minSessionTimeout', 'int', undefined, '2 × tickTime', 'Minimum session timeout in milliseconds.'],
  ['maxSessionTimeout', 'int', undefined, '20 × tickTime', 'Maximum session timeout in milliseconds.'],
  ['initLimit', 'int', undefined, undefined, 'Ticks a follower may take to connect and sync; required in quorum mode.'],
  ['syncLimit', 'int', undefined, undefined, 'Ticks a follower may lag; required in quorum mode.'],
  ['connectToLearnerMasterLimit', 'int', '3.6.0', undefined, 'Ticks to connect to the leader after election.'],
  ['electionAlg', 'int', undefined, '3', 'Election algorithm; only 3 exists since 3.6.'],
  ['quorumListenOnAllIPs', 'bool', undefined, 'false', 'Bind quorum and election ports on all interfaces.'],
  ['peerType', 'string', undefined, 'participant', 'participant or observer; the own server line wins.'],
  ['syncEnabled', 'bool', '3.4.6', 'true', 'Observers log transactions and snapshots to disk.'],
  ['localSessionsEnabled', 'bool', '3.5.0', 'false', 'Allow local (non-replicated) sessions.'],
  ['localSessionsUpgradingEnabled', 'bool', '3.5.0', 'false', 'Upgrade local sessions to global when needed.'],
  ['dynamicConfigFile', 'path', '3.5.0', undefined, 'File holding the membership (server/group/weight lines).'],
  ['autopurge.snapRetainCount', 'int', '3.4.0', '3', 'Snapshots kept by the purge task (at least 3).'],
  ['autopurge.purgeInterval', 'int', '3.4.0', '0', 'Purge interval in hours; 0 disables purging.'],
  ['standaloneEnabled', 'bool', '3.5.0', 'true', 'Run standalone when only one participant is configured.'],
  ['reconfigEnabled', 'bool', '3.5.3', 'false', 'Enable dynamic reconfiguration (ZooKeeper then rewrites zoo.cfg).'],
  ['sslQuorum', 'bool', '3.5.5', 'false', 'TLS between servers.'],
  ['portUnification', 'bool', '3.5.5', 'false', 'Quorum port accepts TLS and plaintext.'],
  ['sslQuorumReloadCertFiles', 'bool', '3.5.5', 'false', 'Reload quorum TLS certificates when they change.'],
  ['quorum.auth.enableSasl', 'bool', '3.4.10', 'false', 'Enable SASL between servers.'],
  ['quorum.auth.serverRequireSasl', 'bool', '3.4.10', 'false', 'Servers require SASL from learners.'],
  ['quorum.auth.learnerRequireSasl', 'bool', '3.4.10', 'false', 'Learners require SASL.'],
  ['quorum.auth.learner.saslLoginContext', 'string', '3.4.10', 'QuorumLearner', 'JAAS section for learners.'],
  ['quorum.auth.server.saslLoginContext', 'string', '3.4.10', 'QuorumServer', 'JAAS section for servers.'],
  ['quorum.auth.kerberos.servicePrincipal', 'string', '3.4.10', 'zkquorum/localhost', 'Kerberos principal of the quorum.'],
  ['quorum.cnxn.threads.size', 'int', '3.4.10', '20', 'Threads for quorum connection setup.'],
  ['jvm.pause.monitor', 'bool', '3.5.10', 'false', 'Log JVM pauses.'],
  ['jvm.pause.sleep.time.ms', 'long', '3.5.10', '500', 'JVM pause monitor sleep time.'],
  ['jvm.pause.warn-threshold.ms', 'long', '3.5.10', '10000', 'JVM pause warn threshold.'],
  ['jvm.pause.info-threshold.ms', 'long', '3.5.10', '1000', 'JVM pause info threshold.'],
  ['metricsProvider.className', 'class', '3.6.0', 'org.apache.zookeeper.metrics.impl.DefaultMetricsProvider', 'Metrics provider class; must be on the classpath.'],
  ['multiAddress.enabled', 'bool', '3.6.0', 'false', 'Runtime multi-address behaviour; does NOT allow `|` in server lines (a JVM flag does).'],
  ['multiAddress.reachabilityCheckTimeoutMs', 'int', '3.6.0', '1000', 'Multi-address reachability timeout.'],
  ['multiAddress.reachabilityCheckEnabled', 'bool', '3.6.0', 'true', 'Multi-address reachability check.'],
  ['version', 'string', '3.5.0', undefined, 'Config version (hex) of a dynamic membership; written by ZooKeeper, never by hand.'],
  ['oraclePath', 'path', '3.8.0', undefined, 'Oracle file for two-server quorums (QuorumOracleMaj).'],
];

const passRows: Row[] = [
  ['4lw.commands.whitelist', 'list', '3.4.10', 'srvr', 'Four-letter words allowed; `*` allows all.'],
  ['admin.enableServer', 'literal', '3.5.0', 'true', 'AdminServer; disabled only by exactly `false`.'],
  ['admin.serverAddress', 'host', '3.5.0', '0.0.0.0', 'AdminServer bind address.'],
  ['admin.serverPort', 'getInteger', '3.5.0', '8080', 'AdminServer port.'],
  ['admin.idleTimeout', 'getInteger', '3.5.0', '30000', 'AdminServer idle timeout.'],
  ['admin.commandURL', 'string', '3.5.0', '/commands', 'AdminServer command URL.'],
  ['admin.httpVersion', 'getInteger', '3.6.0', '11', 'AdminServer HTTP version.'],
  ['admin.portUnification', 'sysBool', '3.6.0', 'false', 'AdminServer accepts TLS and plaintext.'],
  ['admin.forceHttps', 'sysBool', '3.6.3', 'false', 'AdminServer HTTPS only.'],
  ['serverCnxnFactory', 'class', undefined, 'org.apache.zookeeper.server.NIOServerCnxnFactory', 'Client connection factory class.'],
  ['client.portUnification', 'sysBool', '3.5.5', 'false', 'Client port accepts TLS and plaintext (Netty).'],
  ['ssl.authProvider', 'string', '3.5.1', 'x509', 'Auth scheme for client certificates.'],
  ['snapCount', 'getInteger', undefined, '100000', 'Transactions between snapshots (bad numbers silently default).'],
  ['snapSizeLimitInKb', 'getLong', '3.6.0', '4194304', 'Snapshot trigger by log size.'],
  ['txnLogSizeLimitInKb', 'getLong', '3.6.0', '-1', 'Transaction log file size limit.'],
  ['preAllocSize', 'getLong', undefined, '65536', 'Transaction log preallocation in KB.'],
  ['commitLogCount', 'getInteger', '3.5.0', '500', 'Committed requests kept in memory.'],
  ['globalOutstandingLimit', 'getInteger', undefined, '1000', 'Queued requests limit.'],
  ['maxCnxns', 'getInteger', '3.7.0', '0', 'Total connection limit.'],
  ['fsync.warningthresholdms', 'getLong', undefined, '1000', 'fsync warning threshold.'],
  ['forceSync', 'literal', undefined, 'yes', 'fsync transaction logs; disabled only by exactly `no`.'],
  ['skipACL', 'literal', undefined, 'no', 'Skip ACL checks; enabled only by exactly `yes`.'],
  ['leaderServes', 'literal', undefined, 'yes', 'Leader serves clients; disabled only by exactly `no`.'],
  ['datadir.autocreate', 'sysBool', '3.5.0', 'true', 'Create missing data directories.'],
  ['db.autocreate', 'sysBool', '3.6.0', 'true', 'Allow an empty database at start.'],
  ['snapshot.trust.empty', 'sysBool', '3.5.6', 'false', 'Start with logs but no snapshot.'],
  ['snapshot.compression.method', 'string', '3.6.0', '', 'gz or snappy.'],
  ['extendedTypesEnabled', 'sysBool', '3.5.4', 'false', 'TTL and container nodes; ids must be ≤ 254.'],
  ['emulate353TTLNodes', 'sysBool', '3.5.4', 'false', 'TTL nodes as in 3.5.3.'],
  ['digest.enabled', 'sysBool', '3.6.0', 'true', 'Data digest checks.'],
  ['cnxTimeout', 'parseIntLate', undefined, '5000', 'Election connection timeout (Integer.parseInt at start: bad value is fatal).'],
  ['quorumCnxnTimeoutMs', 'getInteger', '3.6.0', '-1', 'Quorum socket timeout.'],
  ['electionPortBindRetry', 'getInteger', '3.6.0', '3', 'Election port bind retries.'],
  ['tcpKeepAlive', 'sysBool', '3.5.5', 'false', 'Keep-alive on quorum sockets.'],
  ['clientTcpKeepAlive', 'sysBool', '3.6.1', 'false', 'Keep-alive on client sockets.'],
  ['observer.syncEnabled', 'sysBool', '3.6.0', undefined, 'Overrides syncEnabled.'],
  ['observer.reconnectDelayMs', 'getLong', '3.6.0', '0', 'Observer reconnect delay.'],
  ['observer.election.DelayMs', 'getLong', '3.6.0', '200', 'Observer election delay.'],
  ['kerberos.canonicalizeHostNames', 'sysBool', '3.7.0', 'false', 'Resolve server hosts at parse time.'],
  ['kerberos.removeHostFromPrincipal', 'sysBool', '3.5.0', 'false', 'Strip host from principals.'],
  ['kerberos.removeRealmFromPrincipal', 'sysBool', '3.5.0', 'false', 'Strip realm from principals.'],
  ['DigestAuthenticationProvider.superDigest', 'string', undefined, undefined, 'Digest of the super user.'],
  ['DigestAuthenticationProvider.enabled', 'sysBool', '3.7.0', 'true', 'Digest auth provider.'],
  ['DigestAuthenticationProvider.digestAlg', 'string', '3.7.0', 'SHA1', 'Digest algorithm.'],
  ['X509AuthenticationProvider.superUser', 'string', '3.5.1', undefined, 'X.509 super user.'],
  ['superUser', 'string', '3.6.0', undefined, 'Super user principal.'],
  ['sessionRequireClientSASLAuth', 'sysBool', '3.6.0', 'false', 'Require SASL from clients.'],
  ['enforce.auth.enabled', 'sysBool', '3.7.0', 'false', 'Require authentication.'],
  ['enforce.auth.schemes', 'list', '3.7.0', undefined, 'Required auth schemes.'],
  ['allowSaslFailedClients', 'sysBool', undefined, 'false', 'Allow clients whose SASL failed.'],
  ['ensembleAuthName', 'string', '3.6.0', undefined, 'Ensemble name clients must present.'],
  ['audit.enable', 'sysBool', '3.6.0', 'false', 'Audit log.'],
  ['audit.impl.class', 'class', '3.6.0', undefined, 'Audit logger class.'],
  ['enableEagerACLCheck', 'sysBool', '3.6.0', 'false', 'Check ACLs before quorum.'],
  ['enforceQuota', 'sysBool', '3.7.0', 'false', 'Enforce quotas.'],
  ['closeSessionTxn.enabled', 'sysBool', '3.6.0', 'true', 'Close-session transactions.'],
  ['flushDelay', 'getLong', '3.6.0', '0', 'Commit flush delay.'],
  ['maxWriteQueuePollTime', 'getLong', '3.6.0', undefined, 'Commit flush poll time.'],
  ['maxBatchSize', 'getInteger', '3.6.0', '1000', 'Commit batch size.'],
  ['intBufferStartingSizeBytes', 'getInteger', '3.5.4', '1024', 'Response buffer size.'],
  ['maxResponseCacheSize', 'getInteger', '3.6.0', '400', 'Response cache size.'],
  ['maxGetChildrenResponseCacheSize', 'getInteger', '3.6.0', '400', 'getChildren cache size.'],
  ['largeRequestMaxBytes', 'getInteger', '3.6.0', undefined, 'Large request limit.'],
  ['largeRequestThreshold', 'getInteger', '3.6.0', '-1', 'Large request threshold.'],
  ['throttled_op_wait_time', 'getInteger', '3.6.0', '0', 'Throttled operation wait.'],
  ['jute.maxbuffer.extrasize', 'getInteger', '3.5.5', undefined, 'Extra jute buffer.'],
  ['watchManagerName', 'class', '3.6.0', undefined, 'Watch manager class.'],
  ['fastleader.minNotificationInterval', 'getLong', undefined, '200', 'Election notification interval.'],
  ['fastleader.maxNotificationInterval', 'getLong', undefined, '60000', 'Election notification interval.'],
  ['leader.maxConcurrentSnapSyncs', 'getInteger', '3.6.0', '10', 'Concurrent snapshot syncs.'],
  ['leader.maxConcurrentDiffSyncs', 'getInteger', '3.6.0', '100', 'Concurrent diff syncs.'],
  ['leader.maxTimeToWaitForEpoch', 'getInteger', '3.6.0', undefined, 'Epoch wait.'],
  ['nio.numSelectorThreads', 'getInteger', '3.5.0', undefined, 'NIO selector threads (at least 1).'],
  ['nio.numWorkerThreads', 'getInteger', '3.5.0', undefined, 'NIO worker threads.'],
  ['nio.directBufferBytes', 'getInteger', '3.5.0', '65536', 'NIO direct buffer.'],
  ['nio.sessionlessCnxnTimeout', 'getInteger', '3.5.0', '10000', 'Sessionless connection timeout.'],
  ['nio.shutdownTimeout', 'getLong', '3.5.0', '5000', 'NIO shutdown timeout.'],
  ['requireKerberosConfig', 'sysBool', undefined, 'false', 'Require a Kerberos config.'],
  ['security.auth_to_local', 'string', undefined, undefined, 'Kerberos principal mapping.'],
  ['sasl.serverconfig', 'string', undefined, 'Server', 'JAAS section for client SASL.'],
  ['messageTracker.BufferSize', 'getInteger', '3.6.0', '10', 'Message tracker.'],
  ['messageTracker.Enabled', 'sysBool', '3.6.0', 'false', 'Message tracker.'],
  // Pass-through keys read by the 3.8 jar that were missing (reference §2.3); without them unknown-key misfired.
  ['forceSnapshotSync', 'sysBool', '3.6.0', 'false', 'Always sync learners with a snapshot (testing).'],
  ['forward_learner_requests_to_commit_processor_disabled', 'sysBool', '3.7.0', 'false', 'Learner request forwarding.'],
  ['follower.skipLearnerRequestToNextProcessor', 'sysBool', '3.7.0', 'false', 'Follower request processing.'],
  ['leaderConnectDelayDuringRetryMs', 'getLong', '3.6.0', '100', 'Delay between attempts to connect to the leader.'],
  ['observerMaster.sizeLimit', 'getInteger', '3.6.0', '32768', 'Observer master packet queue size.'],
  ['snapshotSizeFactor', 'string', '3.5.4', '0.33', 'Snapshot-size factor deciding diff vs snapshot sync.'],
  ['maxInProcessingDeadWatchers', 'getInteger', '3.6.0', '-1', 'Watcher cleaner queue limit.'],
  ['bitHashCacheSize', 'getInteger', '3.6.0', '10', 'Watch manager bit-hash cache.'],
  ['kinit', 'path', undefined, '/usr/bin/kinit', 'kinit command for Kerberos ticket renewal.'],
  ['jmx.log4j.disable', 'sysBool', undefined, 'false', 'Do not register log4j MBeans.'],
  // Read by the real jars as `zookeeper.<key>` system properties (string constants checked in the
  // 3.4.13, 3.8.0 and 3.9.6 jars): superPassword in all three; the next two from 3.8.0 (absent in
  // 3.4.13; taken as 3.5+); the rest only in 3.9.
  ['SASLAuthenticationProvider.superPassword', 'string', undefined, undefined, 'Password of the SASL super user (DIGEST-MD5).'],
  ['letAnySaslUserDoX', 'string', '3.5.0', undefined, 'Testing only: lets any SASL user act as the named user.'],
  ['jmx.log4j.mbean', 'sysBool', '3.5.0', undefined, 'Register the log4j MBean.'],
  ['admin.rateLimiterIntervalInMS', 'string', '3.9.0', undefined, 'AdminServer: minimum interval between rate-limited commands (snapshot, restore).'],
  ['admin.snapshot.enabled', 'sysBool', '3.9.0', 'true', 'AdminServer snapshot command.'],
  ['admin.restore.enabled', 'sysBool', '3.9.0', 'true', 'AdminServer restore command.'],
  ['admin.needClientAuth', 'sysBool', '3.9.0', 'false', 'AdminServer over TLS requires client certificates.'],
  ['serializeLastProcessedZxid.enabled', 'sysBool', '3.9.0', 'true', 'Write the last processed zxid into snapshots.'],
  ['fips-mode', 'sysBool', '3.9.0', 'true', 'TLS in FIPS mode (no custom trust manager).'],
  ['IPAuthenticationProvider.usexforwardedfor', 'sysBool', '3.9.0', 'false', 'IP authentication trusts the X-Forwarded-For header (AdminServer).'],
  ['kerberos.minReLoginTimeMs', 'getLong', '3.9.0', undefined, 'Minimum time between Kerberos re-logins.'],
  ['client.certReload', 'sysBool', '3.9.0', 'false', 'Reload the client-port TLS certificates when the files change.'],
  ['test.allowDiscontinuousProposals', 'sysBool', '3.9.0', 'false', 'Testing only: accept gaps in the proposal log.'],
];

/** Families of keys recognised by prefix (value after the prefix is free). */
export const KEY_PREFIXES: ReadonlyArray<{ prefix: string; parsed: boolean; description: string }> = [
  { prefix: 'server.', parsed: true, description: 'Ensemble member line.' },
  { prefix: 'group.', parsed: true, description: 'Hierarchical quorum group.' },
  { prefix: 'weight.', parsed: true, description: 'Hierarchical quorum weight.' },
  { prefix: 'metricsProvider.', parsed: true, description: 'Setting passed to the metrics provider.' },
  { prefix: 'authProvider.', parsed: false, description: 'Authentication provider class.' },
  { prefix: 'superUser.', parsed: false, description: 'Additional super user.' },
  { prefix: 'request_throttle', parsed: false, description: 'Request throttling.' },
  { prefix: 'request_stale', parsed: false, description: 'Stale request checks.' },
  { prefix: 'connection_throttle', parsed: false, description: 'Connection throttling.' },
  { prefix: 'commitProcessor.', parsed: false, description: 'Commit processor tuning.' },
  { prefix: 'netty.', parsed: false, description: 'Netty tuning.' },
  { prefix: 'watcherClean', parsed: false, description: 'Watcher cleaner tuning.' },
  { prefix: 'pathStats.', parsed: false, description: 'Path statistics.' },
  { prefix: 'leader.', parsed: false, description: 'Leader tuning.' },
  { prefix: 'learner.', parsed: false, description: 'Learner tuning.' },
];

// Start-up: the catalogue is built at every start, so it is built with index reads and plain loops
// (destructuring a row or spreading an array walks an iterator, whose garbage once made a start
// collect its young generation).
function addEntries(out: Array<[string, KeyInfo]>, rows: Row[], parsed: boolean): void {
  for (const row of rows) {
    const key = row[0], kind = row[1], since = row[2], def = row[3], description = row[4];
    const info: KeyInfo = { kind, parsed, description };
    if (since !== undefined) info.since = since;
    if (def !== undefined) info.default = def;
    if (kind === 'literal' && def !== undefined) {
      info.literal = key === 'skipACL' ? 'yes' : key === 'admin.enableServer' ? 'false' : 'no';
    }
    out.push([key, info]);
  }
}

/**
 * TLS keys: X509Util reads `zookeeper.ssl.<suffix>` (client port, ClientX509Util) and
 * `zookeeper.ssl.quorum.<suffix>` (quorum, QuorumX509Util). The suffixes are the string constants
 * of X509Util and ClientX509Util in the real 3.8.0 and 3.9.6 jars (3.4.13 has no TLS server side;
 * 3.5–3.7 are taken as 3.5+, quorum TLS as 3.5.5+), so a typo such as `ssl.keyStoreLocaton` is an
 * unknown key instead of passing as a prefix.
 */
const TLS_SUFFIXES: Array<[suffix: string, since: string | undefined, description: string]> = [
  ['keyStore.location', undefined, 'key store file'],
  ['keyStore.password', undefined, 'key store password'],
  ['keyStore.passwordPath', undefined, 'file holding the key store password'],
  ['keyStore.type', undefined, 'key store type (JKS, PEM, PKCS12, BCFKS)'],
  ['trustStore.location', undefined, 'trust store file'],
  ['trustStore.password', undefined, 'trust store password'],
  ['trustStore.passwordPath', undefined, 'file holding the trust store password'],
  ['trustStore.type', undefined, 'trust store type'],
  ['protocol', undefined, 'TLS protocol'],
  ['enabledProtocols', undefined, 'enabled TLS protocols'],
  ['ciphersuites', undefined, 'enabled cipher suites'],
  ['context.supplier.class', undefined, 'SSLContext supplier class'],
  ['hostnameVerification', undefined, 'verify peer host names'],
  ['crl', undefined, 'certificate revocation lists'],
  ['ocsp', undefined, 'OCSP revocation checks'],
  ['clientAuth', undefined, 'client certificate requirement (none, want, need)'],
  ['handshakeDetectionTimeoutMillis', undefined, 'port unification: time to detect a TLS handshake'],
  ['authProvider', undefined, 'authentication provider for TLS clients'],
  ['allowReverseDnsLookup', '3.9.0', 'reverse DNS lookups during host name verification'],
  ['clientHostnameVerification', '3.9.0', 'verify client host names'],
  ['sslProvider', '3.9.0', 'TLS provider (JDK or OpenSSL)'],
];
/** Keys with a row of their own: a TLS key listed there keeps that row. */
const listed = new Set<string>();
for (const row of parsedRows) listed.add(row[0]);
for (const row of passRows) listed.add(row[0]);
const tlsRows: Row[] = [];
for (const [prefix, side, since35] of [['ssl.', 'Client', '3.5.1'], ['ssl.quorum.', 'Quorum', '3.5.5']] as const) {
  for (const t of TLS_SUFFIXES) {
    const key = `${prefix}${t[0]}`;
    if (!listed.has(key)) tlsRows.push([key, 'string', t[1] ?? since35, undefined, `${side} TLS: ${t[2]}.`]);
  }
}

const entries: Array<[string, KeyInfo]> = [];
addEntries(entries, parsedRows, true);
addEntries(entries, passRows, false);
addEntries(entries, tlsRows, false);

/** Exact-name lookup; a Map so that keys such as `__proto__` are plain data. */
export const KEYS: ReadonlyMap<string, KeyInfo> = new Map(entries);

/**
 * The catalogue as a JSON Schema document (draft-07) with `x-zk` annotations. A function, not a
 * constant built at load: no lint needs it, and every CLI start loads this module.
 */
export function keyCatalogueSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'zklint/zookeeper-keys.schema.json',
    title: 'zoo.cfg keys read by ZooKeeper 3.8',
    type: 'object',
    properties: Object.fromEntries(
      entries.map(([key, info]) => [key, { type: 'string', description: info.description, 'x-zk': info }]),
    ),
    patternProperties: Object.fromEntries(
      KEY_PREFIXES.map((p) => [
        `^${p.prefix.replace(/\./g, '\\.')}`,
        { type: 'string', description: p.description, 'x-zk': { parsed: p.parsed } },
      ]),
    ),
    additionalProperties: true,
  } as const;
}

/** KEY_PREFIXES by the code of their first character, each list in KEY_PREFIXES' order. */
const PREFIXES_BY_FIRST = new Map<number, Array<(typeof KEY_PREFIXES)[number]>>();
for (const p of KEY_PREFIXES) {
  if (p.prefix === '') throw new Error('an empty key prefix would match every key');
  const c = p.prefix.charCodeAt(0);
  const list = PREFIXES_BY_FIRST.get(c);
  if (list) list.push(p);
  else PREFIXES_BY_FIRST.set(c, [p]);
}

export function lookupKey(key: string): KeyInfo | { prefix: string; parsed: boolean } | undefined {
  const exact = KEYS.get(key);
  if (exact) return exact;
  // Only the prefixes that start with the key's first character can match (the first of them in list order wins).
  const candidates = PREFIXES_BY_FIRST.get(key.charCodeAt(0));
  if (candidates !== undefined) for (const p of candidates) if (key.startsWith(p.prefix)) return p;
  if (key.startsWith('group') || key.startsWith('weight')) return { prefix: key.startsWith('group') ? 'group' : 'weight', parsed: true };
  return undefined;
}

/** The catalogue keys whose info satisfies `test`: a rule's own lookup table, made once at load. */
export function keysWhere(test: (info: KeyInfo) => boolean): ReadonlyMap<string, KeyInfo> {
  // forEach, not [...KEYS].filter or for…of: four rules call this at every start, and each step's
  // [key, info] pair was garbage (most of what made a start collect its young generation).
  const out = new Map<string, KeyInfo>();
  KEYS.forEach((info, key) => {
    if (test(info)) out.set(key, info);
  });
  return out;
}

/** Every exact key name (for did-you-mean). */
export const KEY_NAMES: readonly string[] = [...KEYS.keys()];
