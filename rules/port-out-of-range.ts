import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';
import { parseJavaInt } from '../src/model/java.js';

const PORT_KEYS = ['clientPort', 'secureClientPort'] as const;

type Args = { key: string; port: number };

/** new InetSocketAddress(port) rejects ports outside 0–65535 (0 itself means "not set"). */
export default defineRule({
  id: 'port-out-of-range',
  severity: 'error',
  versions: 'all',
  docs: { description: 'clientPort or secureClientPort outside 0–65535, or observerMasterPort above 65535 in a quorum.' },
  zookeeper: { effect: 'fatal', says: 'port out of range' },
  messages: {
    outOfRange: ({ key, port }: Args) => `${key}=${port} is not a TCP port (0–65535); ZooKeeper refuses to start.`,
  },
  hints: {
    outOfRange: ({ key }: Args) => `Use a port between 1 and 65535, e.g. ${key}=${key === 'clientPort' ? 2181 : key === 'observerMasterPort' ? 2191 : 2281}.`,
  },
  check({ model, report }) {
    for (const key of PORT_KEYS) {
      const occ = model.static.effective.get(key);
      if (!occ) continue;
      if (key === 'secureClientPort' && !atLeast(model.version, '3.5')) continue; // a pass-through key before 3.5.1
      const parsed = parseJavaInt(occ.value);
      if (!parsed.ok) continue;
      const p = parsed.value;
      if (p === 0 || (p > 0 && p <= 65535)) continue;
      report({
        messageId: 'outOfRange',
        args: { key, port: p } satisfies Args,
        at: { occ, part: 'value' },
        zookeeper: { effect: 'fatal', says: `port out of range:${p}` },
      });
    }
    // observerMasterPort (3.6+): a quorum peer binds it when above 0 (0 or below: no observer master),
    // so only a port above 65535 is refused, and only in quorum mode.
    const omp = model.static.effective.get('observerMasterPort');
    if (omp && model.distributed && atLeast(model.version, '3.6')) {
      const parsed = parseJavaInt(omp.value);
      if (parsed.ok && parsed.value > 65535) {
        report({
          messageId: 'outOfRange',
          args: { key: 'observerMasterPort', port: parsed.value } satisfies Args,
          at: { occ: omp, part: 'value' },
          zookeeper: { effect: 'fatal', says: `port out of range:${parsed.value}` },
        });
      }
    }
  },
});
