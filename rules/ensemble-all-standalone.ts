import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';

/** Several nodes that each run standalone are not a cluster. */
export default defineEnsembleRule({
  id: 'ensemble-all-standalone',
  severity: 'error',
  versions: 'all',
  docs: { description: 'Every node of the would-be ensemble runs standalone (one or no server line): independent servers, no quorum.' },
  zookeeper: { effect: 'warning', says: 'Either no config or no quorum defined in config, running in standalone mode' },
  messages: {
    allStandalone: ({ nodes }: { nodes: number }) =>
      `All ${nodes} nodes run standalone (each lists at most one server): they are ${nodes} independent ZooKeeper servers, each with its own data, not a replicated ensemble. ` +
      'Clients see different data depending on the server they reach, and losing one loses its data.',
    standaloneNode: ({ name }: { name: string }) => `${name}: standalone`,
  },
  hints: {
    allStandalone: "Render the full server list (server.1 … server.N with each node's host) into every node's config, and a matching myid on each node.",
  },
  check({ ensemble: e, report }) {
    if (e.nodes.length < 2 || e.nodes.some((n) => n.model.distributed)) return;
    const [first, ...rest] = e.nodes;
    if (!first) return;
    report({
      messageId: 'allStandalone',
      args: { nodes: e.nodes.length },
      at: nodeTarget(first),
      related: rest.map((n) => ({ at: nodeTarget(n), messageId: 'standaloneNode', args: { name: n.name } })),
    });
  },
});
