import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** Providers ZooKeeper itself ships (Prometheus in upstream's tarball; Debian's package lacks it). */
const KNOWN = new Set([
  'org.apache.zookeeper.metrics.impl.DefaultMetricsProvider',
  'org.apache.zookeeper.metrics.impl.NullMetricsProvider',
  'org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider',
]);

/** QuorumPeerConfig loads metricsProvider.className while parsing: a class not on the classpath is fatal. */
export default defineRule({
  id: 'metrics-provider-unknown',
  severity: 'error',
  docs: { description: 'metricsProvider.className names a class ZooKeeper does not ship.', versions: '3.6+' },
  zookeeper: { effect: 'fatal', says: 'metrics provider class was not found' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.6')) return;
    const occ = model.static.effective.get('metricsProvider.className');
    if (!occ || KNOWN.has(occ.value)) return;
    const near = [...KNOWN].find((k) => k.toLowerCase() === occ.value.toLowerCase() || k.endsWith(`.${occ.value}`));
    report({
      at: { occ, part: occ.value === '' ? 'key' : 'value' },
      message: `metricsProvider.className=${JSON.stringify(occ.value)} is not a metrics provider ZooKeeper ships: unless that class is on the classpath, ZooKeeper refuses to start ("metrics provider class was not found").`,
      hint: near ? `Write metricsProvider.className=${near}.` : 'Use org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider (with its jar installed) or delete the line.',
    });
  },
});
