import { defineEnsembleRule } from '../src/rule.js';
import { oncePerPlace } from '../src/ensemble/describe.js';

type A = { node: string; path: string; what: string; file: string; vars: string };

/**
 * The official image writes zoo.cfg only when `$ZOO_CONF_DIR/zoo.cfg` does not exist and myid
 * only when `$ZOO_DATA_DIR/myid` does not; Bitnami writes myid only into an empty data directory.
 * On a kept volume the first start's files stay: changed env vars do nothing.
 */
export default defineEnsembleRule({
  id: 'containers-rendered-once',
  severity: 'info',
  versions: 'all',
  docs: { description: 'zoo.cfg or myid lives on a kept volume: the image writes it only once, so later env changes do nothing.' },
  zookeeper: { effect: 'silent' },
  messages: {
    once: ({ node, path, what, file, vars }: A) =>
      `${node}: ${path} is kept in ${what}: the entrypoint writes ${file} only when it does not exist yet, so after the first start a changed ${vars} does nothing until that file (or the volume) is removed.`,
  },
  hints: { once: ({ file }: A) => `When you change these variables, delete ${file} on the volume (or recreate the volume) so the entrypoint writes it again.` },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    const firstTime = oncePerPlace();
    for (const f of view.nodes) {
      const r = f.rendered;
      if (!r || r.image === 'confluent') continue;
      const confDir = r.configPath.slice(0, r.configPath.lastIndexOf('/')) || '/';
      const targets =
        r.image === 'official'
          ? [
              { dir: confDir, file: r.configPath, vars: 'ZOO_* setting' },
              { dir: r.dataDir, file: `${r.dataDir}/myid`, vars: 'ZOO_MY_ID' },
            ]
          : [{ dir: r.dataDir, file: `${r.dataDir}/myid`, vars: 'ZOO_SERVER_ID' }];
      for (const t of targets) {
        if (f.container.provided && t.file === r.configPath) continue;
        const m = f.container.persisted.find((p) => p.path === t.dir || t.dir.startsWith(`${p.path}/`) || p.path === '/');
        if (!m) continue;
        if (!firstTime(m.at, t.file)) continue;
        report({ messageId: 'once', args: { node: f.container.name, path: m.path, what: m.what, file: t.file, vars: t.vars }, at: { loc: m.at } });
      }
    }
  },
});
