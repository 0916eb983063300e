import { defineRule } from '../src/rule.js';

/** Providers ZooKeeper itself ships (Prometheus in upstream's tarball; Debian's package lacks it). */
const KNOWN = new Set([
  'org.apache.zookeeper.metrics.impl.DefaultMetricsProvider',
  'org.apache.zookeeper.metrics.impl.NullMetricsProvider',
  'org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider',
]);

type Args = { value: string; near: string | undefined };

/** QuorumPeerConfig loads metricsProvider.className while parsing: a class not on the classpath is fatal. */
export default defineRule({
  id: 'metrics-provider-unknown',
  severity: 'error',
  versions: { since: '3.6' },
  docs: { description: 'metricsProvider.className names a class ZooKeeper does not ship.' },
  zookeeper: { effect: 'fatal', says: 'metrics provider class was not found' },
  messages: {
    unknownProvider: ({ value }: Args) =>
      `metricsProvider.className=${JSON.stringify(value)} is not a metrics provider ZooKeeper ships: unless that class is on the classpath, ZooKeeper refuses to start ("metrics provider class was not found").`,
  },
  hints: {
    unknownProvider: ({ near }: Args) =>
      near ? `Write metricsProvider.className=${near}.` : 'Use org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider (with its jar installed) or delete the line.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('metricsProvider.className');
    if (!occ || KNOWN.has(occ.value)) return;
    const near = [...KNOWN].find((k) => k.toLowerCase() === occ.value.toLowerCase() || k.endsWith(`.${occ.value}`));
    report({
      messageId: 'unknownProvider',
      args: { value: occ.value, near } satisfies Args,
      at: { occ, part: occ.value === '' ? 'key' : 'value' },
    });
  },
});
