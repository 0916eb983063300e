import { defineRule } from '../src/rule.js';
import { javaDecode } from '../src/model/java-lenient.js';
import { factoryClass, hasClientListener, NIO } from '../src/model/client-factory.js';

type Args = { value: string; n: string };

/**
 * NIOServerCnxnFactory.configure (3.5+) reads zookeeper.nio.numSelectorThreads with
 * Integer.getInteger and refuses a value below 1 before binding the client port.
 */
export default defineRule({
  id: 'nio-selector-threads',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'nio.numSelectorThreads below 1 with the NIO connection factory: ZooKeeper refuses to start.' },
  zookeeper: { effect: 'fatal', says: 'numSelectorThreads must be at least 1' },
  messages: {
    low: ({ value, n }: Args) =>
      `nio.numSelectorThreads=${value} reads as ${n}: the NIO connection factory needs at least one selector thread, so ZooKeeper refuses to start ("numSelectorThreads must be at least 1").`,
  },
  hints: {
    low: () => 'Remove nio.numSelectorThreads (ZooKeeper then uses max(1, sqrt(cores / 2))) or set it to 1 or more.',
  },
  check({ model, report }) {
    const value = model.systemProps.get('zookeeper.nio.numSelectorThreads');
    if (value === undefined) return;
    if (factoryClass(model) !== NIO || !hasClientListener(model)) return;
    const d = javaDecode(value, 32);
    if (!d.ok || d.value >= 1n) return; // unreadable: Integer.getInteger falls back to the default
    const occ = model.static.effective.get('nio.numSelectorThreads');
    report({ messageId: 'low', args: { value, n: String(d.value) }, at: occ ? { occ, part: 'value' } : { file: model.static.source.path } });
  },
});
