import { defineEnsembleRule } from '../src/rule.js';
import { oncePerPlace } from '../src/ensemble/describe.js';

type A = { node: string; entry: string };

/**
 * 3.4-style ZOO_SERVERS (`server.1=zk1:2888:3888`) on an official 3.5+ image. From 3.5 the image
 * writes no `clientPort` line: the client port comes only from the `;2181` suffix of each entry.
 * Without it ZooKeeper starts with no client listener at all, and clients get "connection refused"
 * on 2181 while the quorum looks healthy.
 */
export default defineEnsembleRule({
  id: 'containers-servers-without-client-port',
  severity: 'warning',
  versions: { since: '3.5' },
  docs: { description: 'ZOO_SERVERS in the 3.4 style (no ;2181) on an official 3.5+ image: ZooKeeper gets no client port.' },
  zookeeper: { effect: 'silent' },
  messages: {
    noPort: ({ node, entry }: A) =>
      `${node}: ${entry} has no ";2181" client port, and since 3.5 the official image writes no clientPort line: ZooKeeper starts with no client listener, so every client gets "connection refused" on 2181 while the quorum itself forms.`,
  },
  hints: { noPort: ({ entry }: A) => `Write each ZOO_SERVERS entry with its client port: ${entry};2181 (or add clientPort=2181 through ZOO_CFG_EXTRA).` },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    const firstTime = oncePerPlace();
    for (const f of view.nodes) {
      const r = f.rendered;
      if (!r || r.image !== 'official' || f.container.provided || r.zk === '3.4') continue;
      if (r.lines.some((l) => /^\s*clientPort\s*[=:]/.test(l.text))) continue;
      const node = ensemble.nodes.find((n) => n.container === f);
      const self = node?.self ?? (node?.id !== undefined ? node.model.membership.members.get(node.id) : undefined);
      if (!node || !self || self.parsed.addresses.length === 0 || /;/.test(self.occ.entry.value)) continue;
      const line = r.lines.find((l) => l.from && l.text.startsWith(`${self.occ.entry.key}=`));
      const v = line?.from;
      const at =
        v?.start && line?.valueOffset !== undefined
          ? { file: v.start.file, line: v.start.line, column: v.start.column + line.valueOffset, endLine: v.start.line, endColumn: v.start.column + line.valueOffset + line.text.length }
          : (v?.at ?? f.container.image.at);
      if (!firstTime(at)) continue;
      report({ messageId: 'noPort', args: { node: f.container.name, entry: `${self.occ.entry.key}=${self.occ.entry.value}` }, at: { loc: at } });
    }
  },
});
