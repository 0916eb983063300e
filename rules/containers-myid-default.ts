import { defineEnsembleRule } from '../src/rule.js';

type A = { node: string; name: string; id: string; image: string };

/**
 * A clustered container that leaves its server id to the image: the official and Bitnami
 * entrypoints write `myid` 1 when ZOO_MY_ID / ZOO_SERVER_ID is unset, so every node that forgets
 * it is server 1 (ensemble-duplicate-myid then names the clash).
 */
export default defineEnsembleRule({
  id: 'containers-myid-default',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A container of a multi-server ensemble does not set its server id (ZOO_MY_ID / ZOO_SERVER_ID): the image writes myid 1.' },
  zookeeper: { effect: 'silent' },
  messages: {
    unset: ({ node, name, image }: A) => `${node}: ${name} is not set, so the ${image} entrypoint writes myid 1 and this container is server 1 whatever its place in the server list.`,
  },
  hints: { unset: ({ name, id }: A) => `Set ${name}: ${id} (the id of the server line naming this container's host).` },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    for (const f of view.nodes) {
      const r = f.rendered;
      const c = f.container;
      if (!r || c.myid || r.image === 'confluent' || r.myid?.from || r.myidUnknown) continue;
      const node = ensemble.nodes.find((n) => n.container === f);
      if (!node || node.model.membership.members.size < 2) continue;
      const own = c.hosts.map((h) => [...node.model.membership.members.values()].find((d) => d.parsed.addresses.some((a) => a.host === h))).find(Boolean);
      const name = r.image === 'bitnami' ? 'ZOO_SERVER_ID' : 'ZOO_MY_ID';
      report({
        messageId: 'unset',
        args: { node: c.name, name, id: own?.id ?? 'N', image: r.image === 'bitnami' ? 'Bitnami' : 'official image\'s' },
        at: { loc: c.at ?? c.image.at },
        // Server 1 by default and by place: right today, wrong as soon as the file is copied or reordered.
        ...(own?.id === '1' ? { severity: 'info' as const } : {}),
      });
    }
  },
});
