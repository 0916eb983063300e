import { defineEnsembleRule } from '../src/rule.js';

/** An image that looks like ZooKeeper but whose entrypoint zklint does not know. */
export default defineEnsembleRule({
  id: 'containers-image-unknown',
  severity: 'info',
  versions: 'all',
  docs: { description: 'A ZooKeeper image zklint does not know: only a zoo.cfg given in a ConfigMap is checked, its env vars are not.' },
  zookeeper: { effect: 'silent' },
  messages: {
    unknown: ({ node, ref, provided }: { node: string; ref: string; provided: string }) =>
      `${node}: image ${ref} is not one whose entrypoint zklint knows (the official zookeeper, bitnami/zookeeper, confluentinc/cp-zookeeper): its env vars are not checked${provided ? `; only ${provided} is` : ', and nothing else is'}.`,
  },
  hints: { unknown: 'Mount the zoo.cfg from a ConfigMap to have it checked, or use one of the images zklint knows.' },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    for (const u of view.file.unknownImages) {
      const n = view.nodes.find((x) => x.container.name === u.name);
      report({ messageId: 'unknown', args: { node: u.name, ref: u.ref, provided: n?.container.provided?.what ?? '' }, at: { loc: u.at } });
    }
  },
});
