import { defineRule } from '../src/rule.js';
import { SHIPPED_CLASSES } from '../src/model/classes.js';

/** Providers ZooKeeper itself ships (Prometheus in upstream's tarball; Debian's package lacks it). */
const KNOWN = new Set([
  'org.apache.zookeeper.metrics.impl.DefaultMetricsProvider',
  'org.apache.zookeeper.metrics.impl.NullMetricsProvider',
  'org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider',
]);

type Args = { value: string; near: string | undefined };

const castSays = (cls: string) => `class ${cls} cannot be cast to class org.apache.zookeeper.metrics.MetricsProvider`;
const bootSays = (cls: string) => `Cannot boot MetricsProvider ${cls}`;

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
    notAProvider: ({ value }: Args) =>
      `metricsProvider.className=${JSON.stringify(value)} is a class ZooKeeper loads but not a metrics provider: starting it, ZooKeeper exits with code 1 ("${castSays(value)}").`,
    noConstructor: ({ value }: Args) =>
      `metricsProvider.className=${JSON.stringify(value)} is a class ZooKeeper loads but cannot construct (no public no-argument constructor): it exits with code 1 ("${bootSays(value)}").`,
  },
  hints: {
    unknownProvider: ({ near }: Args) =>
      near ? `Write metricsProvider.className=${near}.` : 'Use org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider (with its jar installed) or delete the line.',
    notAProvider: 'Name a metrics provider (org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider with its jar installed) or delete the line.',
    noConstructor: 'Name a metrics provider (org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider with its jar installed) or delete the line.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('metricsProvider.className');
    if (!occ || KNOWN.has(occ.value)) return;
    // A class that exists is loaded while parsing; MetricsProviderBootstrap then constructs and
    // casts it (exit 1, its own words) instead of "metrics provider class was not found".
    const shipped = SHIPPED_CLASSES.get(occ.value);
    if (shipped) {
      const args: Args = { value: occ.value, near: undefined };
      const at = { occ, part: 'value' as const };
      if (shipped.publicNoArg) report({ messageId: 'notAProvider', args, at, zookeeper: { effect: 'fatal', says: castSays(occ.value) } });
      else report({ messageId: 'noConstructor', args, at, zookeeper: { effect: 'fatal', says: bootSays(occ.value) } });
      return;
    }
    const near = [...KNOWN].find((k) => k.toLowerCase() === occ.value.toLowerCase() || k.endsWith(`.${occ.value}`));
    report({
      messageId: 'unknownProvider',
      args: { value: occ.value, near } satisfies Args,
      at: { occ, part: occ.value === '' ? 'key' : 'value' },
    });
  },
});
