/**
 * Confluent's `cp-zookeeper` image (kafka-images: `configure`, `zookeeper.properties.template`):
 * needs ZOOKEEPER_CLIENT_PORT or ZOOKEEPER_SECURE_CLIENT_PORT, and ZOOKEEPER_SERVER_ID when
 * ZOOKEEPER_SERVERS is set (else the container exits). Each known ZOOKEEPER_* variable that is set
 * (even empty) becomes one `key=value` line in the template's order; ZOOKEEPER_SERVERS,
 * ZOOKEEPER_GROUPS and ZOOKEEPER_WEIGHTS are split on `;` only and numbered from 1 by position.
 * myid is ZOOKEEPER_SERVER_ID when set. The template's blank lines are not reproduced.
 */
import type { EnvVar } from '../env.js';
import { reader, type ImageFinding, type Rendered, type RenderedLine, type RenderInput } from './types.js';

/** The template's `other_props`, in its order. */
const PROPS: ReadonlyArray<readonly [string, string]> = [
  ['ZOOKEEPER_CLIENT_PORT', 'clientPort'],
  ['ZOOKEEPER_TICK_TIME', 'tickTime'],
  ['ZOOKEEPER_GLOBAL_OUTSTANDING_LIMIT', 'globalOutstandingLimit'],
  ['ZOOKEEPER_PRE_ALLOC_SIZE', 'preAllocSize'],
  ['ZOOKEEPER_SNAP_COUNT', 'snapCount'],
  ['ZOOKEEPER_TRACE_FILE', 'traceFile'],
  ['ZOOKEEPER_MAX_CLIENT_CNXNS', 'maxClientCnxns'],
  ['ZOOKEEPER_CLIENT_PORT_ADDRESS', 'clientPortAddress'],
  ['ZOOKEEPER_MIN_SESSION_TIMEOUT', 'minSessionTimeout'],
  ['ZOOKEEPER_MAX_SESSION_TIMEOUT', 'maxSessionTimeout'],
  ['ZOOKEEPER_FSYNC_WARNING_THRESHOLDMS', 'fsync.warningthresholdms'],
  ['ZOOKEEPER_AUTOPURGE_SNAP_RETAIN_COUNT', 'autopurge.snapRetainCount'],
  ['ZOOKEEPER_AUTOPURGE_PURGE_INTERVAL', 'autopurge.purgeInterval'],
  ['ZOOKEEPER_SYNC_ENABLED', 'syncEnabled'],
  ['ZOOKEEPER_ELECTION_ALG', 'electionAlg'],
  ['ZOOKEEPER_INIT_LIMIT', 'initLimit'],
  ['ZOOKEEPER_LEADER_SERVES', 'leaderServes'],
  ['ZOOKEEPER_SYNC_LIMIT', 'syncLimit'],
  ['ZOOKEEPER_CNX_TIMEOUT', 'cnxTimeout'],
  ['ZOOKEEPER_FORCE_SYNC', 'forceSync'],
  ['ZOOKEEPER_JUTE_MAX_BUFFER', 'jute.maxbuffer'],
  ['ZOOKEEPER_SKIP_ACL', 'skipACL'],
  ['ZOOKEEPER_QUORUM_LISTEN_ON_ALL_IPS', 'quorumListenOnAllIPs'],
  ['ZOOKEEPER_CLIENT_CNXN_SOCKET', 'clientCnxnSocket'],
  ['ZOOKEEPER_SECURE_CLIENT_PORT', 'secureClientPort'],
  ['ZOOKEEPER_SERVER_CNXN_SOCKET', 'serverCnxnSocket'],
  ['ZOOKEEPER_TCP_KEEP_ALIVE', 'tcpKeepAlive'],
  ['ZOOKEEPER_X509_AUTHENTICATION_PROVIDER_SUPER_USER', 'X509AuthenticationProvider.superUser'],
  ['ZOOKEEPER_SSL_AUTH_PROVIDER', 'ssl.authProvider'],
  ['ZOOKEEPER_SSL_CLIENT_AUTH', 'ssl.clientAuth'],
  ['ZOOKEEPER_SSL_KEYSTORE_LOCATION', 'ssl.keyStore.location'],
  ['ZOOKEEPER_SSL_KEYSTORE_PASSWORD', 'ssl.keyStore.password'],
  ['ZOOKEEPER_SSL_KEYSTORE_TYPE', 'ssl.keyStore.type'],
  ['ZOOKEEPER_SSL_TRUSTSTORE_LOCATION', 'ssl.trustStore.location'],
  ['ZOOKEEPER_SSL_TRUSTSTORE_PASSWORD', 'ssl.trustStore.password'],
  ['ZOOKEEPER_SSL_TRUSTSTORE_TYPE', 'ssl.trustStore.type'],
  ['ZOOKEEPER_SSL_ENABLED_PROTOCOLS', 'ssl.enabledProtocols'],
  ['ZOOKEEPER_SSL_CONTEXT_SUPPLIER_CLASS', 'ssl.context.supplier.class'],
  ['ZOOKEEPER_SSL_CIPHER_SUITES', 'ssl.ciphersuites'],
  ['ZOOKEEPER_SSL_HOSTNAME_VERIFICATION', 'ssl.hostnameVerification'],
  ['ZOOKEEPER_SSL_CRL', 'ssl.crl'],
  ['ZOOKEEPER_SSL_OCPS', 'ssl.ocsp'],
  ['ZOOKEEPER_SSL_HANDSHAKE_DETECTION_TIMEOUT_MILLIS', 'ssl.handshakeDetectionTimeoutMillis'],
  ['ZOOKEEPER_SSL_QUORUM', 'sslQuorum'],
  ['ZOOKEEPER_SSL_QUORUM_CLIENT_AUTH', 'ssl.quorum.clientAuth'],
  ['ZOOKEEPER_SSL_QUORUM_KEYSTORE_LOCATION', 'ssl.quorum.keyStore.location'],
  ['ZOOKEEPER_SSL_QUORUM_KEYSTORE_PASSWORD', 'ssl.quorum.keyStore.password'],
  ['ZOOKEEPER_SSL_QUORUM_KEYSTORE_TYPE', 'ssl.quorum.keyStore.type'],
  ['ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_LOCATION', 'ssl.quorum.trustStore.location'],
  ['ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_PASSWORD', 'ssl.quorum.trustStore.password'],
  ['ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_TYPE', 'ssl.quorum.trustStore.type'],
  ['ZOOKEEPER_SSL_QUORUM_ENABLED_PROTOCOLS', 'ssl.quorum.enabledProtocols'],
  ['ZOOKEEPER_SSL_QUORUM_CIPHER_SUITES', 'ssl.quorum.ciphersuites'],
  ['ZOOKEEPER_SSL_QUORUM_CONTEXT_SUPPLIER_CLASS', 'ssl.quorum.context.supplier.class'],
  ['ZOOKEEPER_SSL_QUORUM_HOSTNAME_VERIFICATION', 'ssl.quorum.hostnameVerification'],
  ['ZOOKEEPER_SSL_QUORUM_CRL', 'ssl.quorum.crl'],
  ['ZOOKEEPER_SSL_QUORUM_OCPS', 'ssl.quorum.ocsp'],
  ['ZOOKEEPER_SSL_QUORUM_HANDSHAKE_DETECTION_TIMEOUT_MILLIS', 'ssl.quorum.handshakeDetectionTimeoutMillis'],
  ['ZOOKEEPER_SERVER_CNXN_FACTORY', 'serverCnxnFactory'],
  ['ZOOKEEPER_AUTH_PROVIDER_X509', 'authProvider.x509'],
  ['ZOOKEEPER_AUTH_PROVIDER_SASL', 'authProvider.sasl'],
  ['ZOOKEEPER_CLIENT_PORT_UNIFICATION', 'client.portUnification'],
  ['ZOOKEEPER_ADMIN_ENABLE_SERVER', 'admin.enableServer'],
  ['ZOOKEEPER_ADMIN_SERVER_ADDRESS', 'admin.serverAddress'],
  ['ZOOKEEPER_ADMIN_SERVER_PORT', 'admin.serverPort'],
  ['ZOOKEEPER_ADMIN_IDLE_TIMEOUT', 'admin.idleTimeout'],
  ['ZOOKEEPER_ADMIN_COMMAND_URL', 'admin.commandURL'],
];

export const CONFLUENT_DATA_DIR = '/var/lib/zookeeper/data';

export function renderConfluent(input: RenderInput): Rendered {
  const unknown: EnvVar[] = [];
  const read = reader(input, unknown);
  const findings: ImageFinding[] = [];
  const lines: RenderedLine[] = [{ text: `dataDir=${CONFLUENT_DATA_DIR}` }, { text: 'dataLogDir=/var/lib/zookeeper/log' }];
  const servers = read('ZOOKEEPER_SERVERS');
  const clustered = servers !== undefined && servers.value !== '';
  if (!read('ZOOKEEPER_CLIENT_PORT') && !read('ZOOKEEPER_SECURE_CLIENT_PORT') && !input.env.get('ZOOKEEPER_CLIENT_PORT') && !input.env.get('ZOOKEEPER_SECURE_CLIENT_PORT')) {
    findings.push({ rule: 'containers-entrypoint-refuses', messageId: 'confluentNoClientPort', args: {} });
  }
  const idVar = input.env.get('ZOOKEEPER_SERVER_ID');
  if (clustered && !idVar && !input.myid) findings.push({ rule: 'containers-entrypoint-refuses', messageId: 'confluentNoServerId', args: {}, var: servers });
  /** The `configure` script's defaults for a cluster, applied before the template. */
  const clusterDefault: Record<string, string> = clustered ? { ZOOKEEPER_INIT_LIMIT: '10', ZOOKEEPER_SYNC_LIMIT: '5' } : {};
  for (const [name, key] of PROPS) {
    const v = read(name);
    if (v) lines.push({ text: `${key}=${v.value}`, from: v, offset: key.length + 1, valueOffset: 0 });
    else if (!input.env.has(name) && clusterDefault[name] !== undefined) lines.push({ text: `${key}=${clusterDefault[name]}` });
  }
  const numbered = (name: string, prefix: string) => {
    const v = read(name);
    if (!v || v.value === '') return;
    let offset = 0;
    (v.value as string).split(';').forEach((part, i) => {
      lines.push({ text: `${prefix}.${i + 1}=${part}`, from: v, offset: prefix.length + String(i + 1).length + 2, valueOffset: offset });
      offset += part.length + 1;
    });
  };
  numbered('ZOOKEEPER_SERVERS', 'server');
  numbered('ZOOKEEPER_GROUPS', 'group');
  numbered('ZOOKEEPER_WEIGHTS', 'weight');
  const id = read('ZOOKEEPER_SERVER_ID');
  const myid = input.myid ?? (id ? { text: id.value as string, from: id } : undefined);
  return {
    image: 'confluent',
    zk: input.zk,
    configPath: '/etc/kafka/zookeeper.properties',
    dataDir: CONFLUENT_DATA_DIR,
    lines,
    ...(myid ? { myid } : {}),
    ...(idVar && idVar.value === undefined && !input.myid ? { myidUnknown: idVar } : {}),
    unknown,
    findings,
  };
}
