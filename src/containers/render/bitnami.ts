/**
 * The Bitnami `bitnami/zookeeper` image (libzookeeper.sh, zookeeper-env.sh): validates the env
 * first (and exits on any error), then copies zoo_sample.cfg and sets each key with
 * `zookeeper_conf_set`, which replaces a line matching `^\s*#*\s*KEY=` (KEY taken as a regular
 * expression, so commented sample lines are reused) or appends one. ZOO_SERVERS is split on `;`,
 * `,` and blanks; more than one entry makes `server.N=ENTRY;ZOO_PORT_NUMBER` lines, N by position or
 * by `::id`. `ZOO_CFG_<NAME>` sets key NAME with `_` → `.`. myid is ZOO_SERVER_ID (default 1),
 * written only into an empty data directory.
 */
import { isBooleanYes, type EnvVar } from '../env.js';
import { ZOO_SAMPLE_CFG } from './zoo-sample.js';
import { reader, type ImageFinding, type Rendered, type RenderedLine, type RenderInput } from './types.js';

const DEFAULTS: Record<string, string> = {
  ZOO_PORT_NUMBER: '2181',
  ZOO_SERVER_ID: '1',
  ZOO_SERVERS: '',
  ZOO_ENABLE_ADMIN_SERVER: 'no',
  ZOO_ADMIN_SERVER_ADDRESS: '127.0.0.1',
  ZOO_ADMIN_SERVER_PORT_NUMBER: '8080',
  ZOO_PEER_TYPE: '',
  ZOO_TICK_TIME: '2000',
  ZOO_INIT_LIMIT: '10',
  ZOO_SYNC_LIMIT: '5',
  ZOO_MAX_CNXNS: '0',
  ZOO_MAX_CLIENT_CNXNS: '60',
  ZOO_AUTOPURGE_INTERVAL: '0',
  ZOO_AUTOPURGE_RETAIN_COUNT: '3',
  ZOO_4LW_COMMANDS_WHITELIST: 'srvr, mntr',
  ZOO_RECONFIG_ENABLED: 'no',
  ZOO_LISTEN_ALLIPS_ENABLED: 'no',
  ZOO_ENABLE_PROMETHEUS_METRICS: 'no',
  ZOO_PROMETHEUS_METRICS_PORT_NUMBER: '7000',
  ZOO_MAX_SESSION_TIMEOUT: '40000',
  ZOO_PRE_ALLOC_SIZE: '65536',
  ZOO_SNAPCOUNT: '100000',
  ZOO_TLS_CLIENT_ENABLE: 'false',
  ZOO_TLS_PORT_NUMBER: '3181',
  ZOO_TLS_CLIENT_AUTH: 'need',
  ZOO_TLS_QUORUM_ENABLE: 'false',
  ZOO_TLS_QUORUM_CLIENT_AUTH: 'need',
  ZOO_ENABLE_AUTH: 'no',
  ALLOW_EMPTY_PASSWORD: 'no',
  ZOO_ENABLE_QUORUM_AUTH: 'no',
};

export const BITNAMI_DATA_DIR = '/bitnami/zookeeper/data';
export const BITNAMI_CONF_FILE = '/opt/bitnami/zookeeper/conf/zoo.cfg';

/** Splits like `read -r -a list <<<"${VALUE//[;, ]/ }"`: words and their offsets in VALUE. */
export function bitnamiList(value: string): Array<{ word: string; offset: number }> {
  const out: Array<{ word: string; offset: number }> = [];
  const re = /[^;, \t\n]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) out.push({ word: m[0], offset: m.index });
  return out;
}

export function renderBitnami(input: RenderInput): Rendered {
  const unknown: EnvVar[] = [];
  const read = reader(input, unknown);
  const findings: ImageFinding[] = [];
  /** `${VAR:-default}`: an empty value takes the default too. */
  const get = (name: string): { value: string; from?: EnvVar } => {
    const v = read(name);
    if (v && v.value !== '') return { value: v.value as string, from: v };
    return { value: DEFAULTS[name] ?? '' };
  };
  const refuse = (messageId: string, args: Record<string, string | number>, v?: EnvVar) => findings.push({ rule: 'containers-entrypoint-refuses', messageId, args, ...(v ? { var: v } : {}) });

  // zookeeper_validate
  const portOk = (p: string) => /^[0-9]+$/.test(p) && Number(p) >= 1024 && Number(p) <= 65535;
  for (const name of ['ZOO_PORT_NUMBER', 'ZOO_PROMETHEUS_METRICS_PORT_NUMBER']) {
    const p = get(name);
    if (!portOk(p.value)) refuse('bitnamiPort', { name, value: p.value }, p.from);
  }
  if (get('ZOO_PORT_NUMBER').value === get('ZOO_PROMETHEUS_METRICS_PORT_NUMBER').value) {
    const p = get('ZOO_PROMETHEUS_METRICS_PORT_NUMBER');
    refuse('bitnamiPortClash', { port: p.value }, p.from ?? get('ZOO_PORT_NUMBER').from);
  }
  if (!isBooleanYes(get('ALLOW_EMPTY_PASSWORD').value) && !isBooleanYes(get('ZOO_ENABLE_AUTH').value)) {
    refuse('bitnamiNoAuth', {}, read('ZOO_ENABLE_AUTH') ?? read('ALLOW_EMPTY_PASSWORD'));
  }
  const serversVar = get('ZOO_SERVERS');
  const withIds = serversVar.value.includes('::');
  const list = bitnamiList(serversVar.value);
  for (const s of list) {
    const ok = withIds ? /^[^\s]+:[0-9]+:[0-9]+(:observer|:participant)?::[0-9]+$/.test(s.word) : /^[^\s]+:[0-9]+:[0-9]+(:observer|:participant)?$/.test(s.word);
    if (!ok) refuse(withIds ? 'bitnamiServerSyntaxIds' : 'bitnamiServerSyntax', { server: s.word }, serversVar.from);
  }
  const peer = get('ZOO_PEER_TYPE');
  if (peer.value !== '' && peer.value !== 'observer' && peer.value !== 'participant') refuse('bitnamiPeerType', { value: peer.value }, peer.from);

  // zookeeper_generate_conf
  const lines: RenderedLine[] = ZOO_SAMPLE_CFG.map((text) => ({ text }));
  lines.push({ text: '' });
  const set = (key: string, value: string, from?: EnvVar, valueOffset = 0) => {
    if (value === '') {
      refuse('bitnamiEmptyValue', { key }, from);
      return;
    }
    const line: RenderedLine = { text: `${key}=${value}`, ...(from ? { from, offset: key.length + 1, valueOffset } : {}) };
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^\\s*#*\\s*${key}=`);
    } catch {
      re = undefined;
    }
    let hit = false;
    if (re) for (let i = 0; i < lines.length; i++) if (re.test((lines[i] as RenderedLine).text)) ((lines[i] = line), (hit = true));
    if (!hit) lines.push(line);
  };
  const setVar = (key: string, name: string) => {
    const v = get(name);
    set(key, v.value, v.from);
  };
  const yesNo = (key: string, name: string) => {
    const v = get(name);
    set(key, isBooleanYes(v.value) ? 'true' : 'false', v.from, -1);
  };
  setVar('tickTime', 'ZOO_TICK_TIME');
  setVar('initLimit', 'ZOO_INIT_LIMIT');
  setVar('syncLimit', 'ZOO_SYNC_LIMIT');
  setVar('preAllocSize', 'ZOO_PRE_ALLOC_SIZE');
  setVar('snapCount', 'ZOO_SNAPCOUNT');
  set('dataDir', BITNAMI_DATA_DIR);
  const dataLog = read('ZOO_DATA_LOG_DIR');
  if (dataLog && dataLog.value !== '') set('dataLogDir', dataLog.value as string, dataLog);
  setVar('clientPort', 'ZOO_PORT_NUMBER');
  setVar('maxCnxns', 'ZOO_MAX_CNXNS');
  setVar('maxClientCnxns', 'ZOO_MAX_CLIENT_CNXNS');
  yesNo('reconfigEnabled', 'ZOO_RECONFIG_ENABLED');
  yesNo('quorumListenOnAllIPs', 'ZOO_LISTEN_ALLIPS_ENABLED');
  setVar('autopurge.purgeInterval', 'ZOO_AUTOPURGE_INTERVAL');
  setVar('autopurge.snapRetainCount', 'ZOO_AUTOPURGE_RETAIN_COUNT');
  setVar('4lw.commands.whitelist', 'ZOO_4LW_COMMANDS_WHITELIST');
  setVar('maxSessionTimeout', 'ZOO_MAX_SESSION_TIMEOUT');
  setVar('admin.serverAddress', 'ZOO_ADMIN_SERVER_ADDRESS');
  setVar('admin.serverPort', 'ZOO_ADMIN_SERVER_PORT_NUMBER');
  yesNo('admin.enableServer', 'ZOO_ENABLE_ADMIN_SERVER');

  const port = get('ZOO_PORT_NUMBER').value;
  if (list.length > 1) {
    list.forEach((s, i) => {
      const [hostPorts = '', id = ''] = withIds ? s.word.split('::') : [s.word, String(i + 1)];
      set(`server.${id}`, `${hostPorts};${port}`, serversVar.from, s.offset);
    });
  }
  if (isBooleanYes(get('ZOO_TLS_CLIENT_ENABLE').value)) {
    for (let i = lines.length - 1; i >= 0; i--) if (/^clientPort=/.test((lines[i] as RenderedLine).text)) lines.splice(i, 1);
    set('client.secure', 'true');
    setVar('ssl.clientAuth', 'ZOO_TLS_CLIENT_AUTH');
    setVar('secureClientPort', 'ZOO_TLS_PORT_NUMBER');
    set('serverCnxnFactory', 'org.apache.zookeeper.server.NettyServerCnxnFactory');
    setVar('ssl.keyStore.location', 'ZOO_TLS_CLIENT_KEYSTORE_FILE');
    setVar('ssl.trustStore.location', 'ZOO_TLS_CLIENT_TRUSTSTORE_FILE');
  }
  if (isBooleanYes(get('ZOO_TLS_QUORUM_ENABLE').value)) {
    set('sslQuorum', 'true');
    setVar('ssl.quorum.clientAuth', 'ZOO_TLS_QUORUM_CLIENT_AUTH');
    set('serverCnxnFactory', 'org.apache.zookeeper.server.NettyServerCnxnFactory');
    setVar('ssl.quorum.keyStore.location', 'ZOO_TLS_QUORUM_KEYSTORE_FILE');
    setVar('ssl.quorum.trustStore.location', 'ZOO_TLS_QUORUM_TRUSTSTORE_FILE');
  }
  // ZOO_CFG_<NAME>: bash lists ${!ZOO_CFG_@} sorted by name.
  for (const name of [...input.env.keys()].filter((n) => n.startsWith('ZOO_CFG_')).sort()) {
    const v = read(name);
    if (!v) continue;
    set(name.slice(8).replace(/_/g, '.'), v.value as string, v);
  }
  if (isBooleanYes(get('ZOO_ENABLE_AUTH').value)) {
    set('authProvider.1', 'org.apache.zookeeper.server.auth.SASLAuthenticationProvider');
    set('sessionRequireClientSASLAuth', 'true');
  }
  if (isBooleanYes(get('ZOO_ENABLE_QUORUM_AUTH').value)) {
    set('quorum.auth.enableSasl', 'true');
    set('quorum.auth.learnerRequireSasl', 'true');
    set('quorum.auth.serverRequireSasl', 'true');
    set('quorum.auth.learner.saslLoginContext', 'QuorumLearner');
    set('quorum.auth.server.saslLoginContext', 'QuorumServer');
  }
  if (isBooleanYes(get('ZOO_ENABLE_PROMETHEUS_METRICS').value)) {
    set('metricsProvider.className', 'org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider');
    setVar('metricsProvider.httpPort', 'ZOO_PROMETHEUS_METRICS_PORT_NUMBER');
    set('metricsProvider.exportJvmInfo', 'true');
  }
  // zookeeper_initialize, after the data directory: peerType.
  if (peer.value !== '') set('peerType', peer.value, peer.from);

  const idVar = input.env.get('ZOO_SERVER_ID');
  const id = get('ZOO_SERVER_ID');
  const myid = input.myid ?? (idVar && idVar.value === undefined ? undefined : { text: id.value, ...(id.from ? { from: id.from } : {}) });
  return {
    image: 'bitnami',
    zk: input.zk,
    configPath: BITNAMI_CONF_FILE,
    dataDir: BITNAMI_DATA_DIR,
    lines,
    ...(myid ? { myid } : {}),
    ...(idVar && idVar.value === undefined && !input.myid ? { myidUnknown: idVar } : {}),
    unknown,
    findings,
  };
}
