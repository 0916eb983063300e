/**
 * The official `zookeeper` image (docker-entrypoint.sh per version folder): zoo.cfg is written
 * only when `$ZOO_CONF_DIR/zoo.cfg` does not exist, myid only when `$ZOO_DATA_DIR/myid` does not.
 * 3.4 images start with `clientPort=2181`; 3.5+ images take the client port only from the
 * `;2181` suffix of each ZOO_SERVERS entry and default ZOO_SERVERS to one local server.
 * `$ZOO_SERVERS` and `$ZOO_CFG_EXTRA` are expanded unquoted: bash splits them on blanks.
 */
import { atLeast } from '../../model/version.js';
import { ifsWords, type EnvVar } from '../env.js';
import { reader, type Rendered, type RenderedLine, type RenderInput } from './types.js';

/** The Dockerfile's ENV defaults. */
function defaults(zk: string): Record<string, string> {
  const d: Record<string, string> = {
    ZOO_CONF_DIR: '/conf',
    ZOO_DATA_DIR: '/data',
    ZOO_DATA_LOG_DIR: '/datalog',
    ZOO_TICK_TIME: '2000',
    ZOO_INIT_LIMIT: '5',
    ZOO_SYNC_LIMIT: '2',
    ZOO_AUTOPURGE_PURGEINTERVAL: '0',
    ZOO_AUTOPURGE_SNAPRETAINCOUNT: '3',
    ZOO_MAX_CLIENT_CNXNS: '60',
  };
  if (zk !== '3.4') {
    d.ZOO_STANDALONE_ENABLED = 'true';
    d.ZOO_ADMINSERVER_ENABLED = 'true';
  }
  return d;
}

export function renderOfficial(input: RenderInput): Rendered {
  const unknown: EnvVar[] = [];
  const read = reader(input, unknown);
  const dflt = defaults(input.zk);
  const modern = atLeast(input.zk, '3.5');
  /** `$NAME` as the script sees it: the env, else the image's ENV default, else empty. */
  const val = (name: string) => read(name)?.value ?? dflt[name] ?? '';
  const lines: RenderedLine[] = [];
  const put = (key: string, name: string) => {
    const v = read(name);
    lines.push(v ? { text: `${key}=${v.value}`, from: v, offset: key.length + 1, valueOffset: 0 } : { text: `${key}=${dflt[name] ?? ''}` });
  };
  if (!modern) lines.push({ text: 'clientPort=2181' });
  put('dataDir', 'ZOO_DATA_DIR');
  put('dataLogDir', 'ZOO_DATA_LOG_DIR');
  put('tickTime', 'ZOO_TICK_TIME');
  put('initLimit', 'ZOO_INIT_LIMIT');
  put('syncLimit', 'ZOO_SYNC_LIMIT');
  put('autopurge.snapRetainCount', 'ZOO_AUTOPURGE_SNAPRETAINCOUNT');
  put('autopurge.purgeInterval', 'ZOO_AUTOPURGE_PURGEINTERVAL');
  put('maxClientCnxns', 'ZOO_MAX_CLIENT_CNXNS');
  if (modern) {
    put('standaloneEnabled', 'ZOO_STANDALONE_ENABLED');
    put('admin.enableServer', 'ZOO_ADMINSERVER_ENABLED');
  }
  const split = (v: EnvVar) => {
    for (const w of ifsWords(v.value as string)) lines.push({ text: w.word, from: v, offset: 0, valueOffset: w.offset });
  };
  const servers = read('ZOO_SERVERS');
  if (servers && servers.value !== '') split(servers);
  else if (modern) lines.push({ text: 'server.1=localhost:2888:3888;2181' });
  if (modern) {
    const fl = read('ZOO_4LW_COMMANDS_WHITELIST');
    if (fl && fl.value !== '') lines.push({ text: `4lw.commands.whitelist=${fl.value}`, from: fl, offset: 23, valueOffset: 0 });
  }
  const extra = read('ZOO_CFG_EXTRA');
  if (extra) split(extra);
  const dataDir = val('ZOO_DATA_DIR');
  const idVar = input.env.get('ZOO_MY_ID');
  const myid =
    input.myid ?? (idVar?.value === undefined ? (idVar ? undefined : { text: '1' }) : idVar.value !== '' ? { text: idVar.value, from: idVar } : { text: '1' });
  return {
    image: 'official',
    zk: input.zk,
    configPath: `${val('ZOO_CONF_DIR')}/zoo.cfg`,
    dataDir,
    lines,
    ...(myid ? { myid } : {}),
    ...(idVar && idVar.value === undefined && !input.myid ? { myidUnknown: idVar } : {}),
    unknown,
    findings: [],
  };
}
