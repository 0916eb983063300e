import { defineEnsembleRule } from '../src/rule.js';
import { oncePerPlace } from '../src/ensemble/describe.js';

type A = Record<string, string>;

/**
 * What the Bitnami and Confluent entrypoints check before ZooKeeper runs: on any of these the
 * container prints an error and exits, and ZooKeeper never starts.
 */
export default defineEnsembleRule({
  id: 'containers-entrypoint-refuses',
  severity: 'error',
  versions: 'all',
  docs: { description: "The image's entrypoint validates its env vars and exits before ZooKeeper starts." },
  zookeeper: { effect: 'fatal' },
  messages: {
    bitnamiPort: ({ node, name, value }: A) => `${node}: ${name}=${value} is not a port from 1024 to 65535: the Bitnami entrypoint refuses it and exits.`,
    bitnamiPortClash: ({ node, port }: A) => `${node}: the client port and the Prometheus metrics port are both ${port}: the Bitnami entrypoint refuses it and exits.`,
    bitnamiNoAuth: ({ node }: A) => `${node}: neither ZOO_ENABLE_AUTH nor ALLOW_EMPTY_PASSWORD is yes: the Bitnami entrypoint exits before starting ZooKeeper.`,
    bitnamiServerSyntax: ({ node, server }: A) => `${node}: ZOO_SERVERS entry ${server} is not host:quorumPort:electionPort[:role]: the Bitnami entrypoint refuses it and exits.`,
    bitnamiServerSyntaxIds: ({ node, server }: A) =>
      `${node}: ZOO_SERVERS uses ::id, so every entry must be host:quorumPort:electionPort[:role]::id, and ${server} is not: the Bitnami entrypoint refuses it and exits.`,
    bitnamiPeerType: ({ node, value }: A) => `${node}: ZOO_PEER_TYPE=${value} is neither observer nor participant: the Bitnami entrypoint refuses it and exits.`,
    bitnamiEmptyValue: ({ node, key }: A) => `${node}: the value for ${key} is empty: the Bitnami entrypoint fails writing zoo.cfg.`,
    confluentNoClientPort: ({ node }: A) => `${node}: neither ZOOKEEPER_CLIENT_PORT nor ZOOKEEPER_SECURE_CLIENT_PORT is set: the cp-zookeeper entrypoint exits before starting ZooKeeper.`,
    confluentNoServerId: ({ node }: A) => `${node}: ZOOKEEPER_SERVERS is set without ZOOKEEPER_SERVER_ID: the cp-zookeeper entrypoint exits before starting ZooKeeper.`,
  },
  hints: {
    bitnamiPort: 'Use a port from 1024 to 65535.',
    bitnamiPortClash: 'Give ZOO_PROMETHEUS_METRICS_PORT_NUMBER another port.',
    bitnamiNoAuth: 'Set ALLOW_EMPTY_PASSWORD=yes (development only) or ZOO_ENABLE_AUTH=yes with users and passwords.',
    bitnamiServerSyntax: 'Write each entry as host:2888:3888 (optionally :observer), separated by commas.',
    bitnamiServerSyntaxIds: 'Give every entry its ::id, or none of them.',
    bitnamiPeerType: 'Use observer or participant.',
    bitnamiEmptyValue: 'Give the variable a value or remove it.',
    confluentNoClientPort: 'Set ZOOKEEPER_CLIENT_PORT: 2181.',
    confluentNoServerId: 'Set ZOOKEEPER_SERVER_ID to this node\'s position in ZOOKEEPER_SERVERS (from 1).',
  },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    const firstTime = oncePerPlace();
    for (const n of view.nodes) {
      for (const f of n.rendered?.findings ?? []) {
        if (f.rule !== 'containers-entrypoint-refuses') continue;
        const at = f.var?.at ?? n.container.image.at;
        if (!firstTime(at, `${f.messageId}|${JSON.stringify(f.args)}`)) continue;
        const args: A = { node: n.container.name };
        for (const [k, v] of Object.entries(f.args)) args[k] = String(v);
        report({ messageId: f.messageId as 'bitnamiPort', args, at: { loc: at } });
      }
    }
  },
});
