/**
 * Generated ZooKeeper configs of mixed shapes for the benchmarks. `generate(i, base)` returns the
 * files of case `i` as paths relative to `base` (the case folder); `dataDir` and `dynamicConfigFile`
 * are absolute (`base/...`), so the same case works in memory and on disk.
 */

const SHAPES = 7;

/**
 * Server lines of case `i`'s own cluster: every case is a node of a different ensemble (as in a
 * fleet), so configs of different cases share no member and are not grouped together.
 */
function servers(n, { groups = 0, observer = false, i = 0 } = {}) {
  const lines = [];
  for (let s = 1; s <= n; s++) {
    const role = observer && s === n ? ':observer' : '';
    lines.push(`server.${s}=10.${(i >> 8) & 255}.${i & 255}.${s}:${2000 + s}:${3000 + s}${role}`);
  }
  if (groups > 0) {
    const per = Math.ceil(n / groups);
    for (let g = 0; g < groups; g++) {
      const ids = [];
      for (let s = g * per + 1; s <= Math.min(n, (g + 1) * per); s++) ids.push(s);
      if (ids.length) lines.push(`group.${g + 1}=${ids.join(':')}`);
    }
    for (let s = 1; s <= n; s++) lines.push(`weight.${s}=${(s % 3) + 1}`);
  }
  return lines;
}

const common = (base, extra = []) => [
  '# generated for the zklint benchmark',
  'tickTime=2000',
  'initLimit=10',
  'syncLimit=5',
  `dataDir=${base}/data`,
  'clientPort=2181',
  ...extra,
];

/** One case: `{ files: { 'zoo.cfg': text, 'data/myid': '1\n', 'data/version-2/': null, ... } }`. */
export function generate(i, base) {
  const shape = i % SHAPES;
  const files = {};
  switch (shape) {
    case 0: // standalone, valid, with an old snapshot dir
      files['zoo.cfg'] = [...common(base), 'autopurge.snapRetainCount=3', '4lw.commands.whitelist=stat, ruok'].join('\n') + '\n';
      files['data/version-2/snapshot.0'] = 'x';
      break;
    case 1: // three-server ensemble with myid
      files['zoo.cfg'] = [...common(base), ...servers(3, { i })].join('\n') + '\n';
      files['data/myid'] = '2\n';
      files['data/version-2/'] = null;
      break;
    case 2: // five servers, myid missing (error)
      files['zoo.cfg'] = [...common(base), ...servers(5, { i })].join('\r\n') + '\r\n';
      files['data/'] = null;
      break;
    case 3: // typos and bad values: several findings
      files['zoo.cfg'] =
        [
          ...common(base, ['clientPort=21 81', 'tickTme=2000', 'syncEnabled=yes', 'maxClientCnxns=60', 'maxClientCnxns=100']),
          ...servers(4, { i }),
        ].join('\n') + '\n';
      files['data/myid'] = 'one\n';
      break;
    case 4: // dynamic config file
      files['zoo.cfg'] = [...common(base), `dynamicConfigFile=${base}/zoo.cfg.dynamic.100000000`, 'reconfigEnabled=true'].join('\n') + '\n';
      files['zoo.cfg.dynamic.100000000'] = servers(3, { i }).map((l) => `${l};2181`).join('\n') + '\n';
      files['data/myid'] = '1';
      break;
    case 5: // hierarchical quorum, continuation lines and escapes
      files['zoo.cfg'] =
        [
          ...common(base),
          '! bang comment',
          'metricsProvider.className=org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider\\',
          '    ',
          'snapCount=1000\\u0030',
          ...servers(9, { groups: 3, i }),
        ].join('\n') + '\n';
      files['data/myid'] = '5\n';
      break;
    case 6: // observer, no final newline, unicode escape gone wrong
      files['zoo.cfg'] = [...common(base), ...servers(4, { observer: true, i }), 'peerType=observer', 'audit.enable=tru\\u0065'].join('\n');
      files['data/myid'] = '4\n';
      break;
  }
  return { files };
}

/** A memory tree (for createMemoryFileSystem) holding `n` cases under `/c/<i>`; returns the config paths too. */
export function memoryTree(n) {
  const tree = {};
  const configs = [];
  for (let i = 0; i < n; i++) {
    const base = `/c/${i}`;
    for (const [rel, content] of Object.entries(generate(i, base).files)) {
      tree[`${base}/${rel.replace(/\/$/, '')}`] = content;
    }
    configs.push(`${base}/zoo.cfg`);
  }
  return { tree, configs };
}
