import { defineRule } from '../src/rule.js';
import { javaDecode } from '../src/model/java-lenient.js';

type Args = { key: string; value: string; capacity: string };

const KEYS = ['maxResponseCacheSize', 'maxGetChildrenResponseCacheSize'] as const;
const says = (capacity: string) => `Illegal initial capacity: ${capacity}`;

/**
 * ZooKeeperServer's constructor (3.6+) builds its two response caches from Integer.getInteger
 * (zookeeper.maxResponseCacheSize, then zookeeper.maxGetChildrenResponseCacheSize): each is a
 * LinkedHashMap of initial capacity size / 4, which Java refuses when negative (size <= -4).
 */
export default defineRule({
  id: 'response-cache-size-invalid',
  severity: 'error',
  versions: { since: '3.6' },
  docs: { description: 'maxResponseCacheSize or maxGetChildrenResponseCacheSize of -4 or less: ZooKeeper cannot build its server.' },
  zookeeper: { effect: 'fatal', says: 'Illegal initial capacity' },
  messages: {
    standalone: ({ key, value, capacity }: Args) =>
      `${key}=${value} makes an initial cache capacity of ${capacity} (size / 4): building the server fails with "${says(capacity)}" and ZooKeeper exits (code 2, usage on stderr).`,
    quorum: ({ key, value, capacity }: Args) =>
      `${key}=${value} makes an initial cache capacity of ${capacity} (size / 4): a quorum peer builds its server after each election, fails ("${says(capacity)}", logged as "Unexpected exception") and elects again: it never serves clients.`,
  },
  hints: {
    standalone: ({ key }: Args) => `Set ${key} to 0 to turn the cache off, or to a positive size (default 400).`,
    quorum: ({ key }: Args) => `Set ${key} to 0 to turn the cache off, or to a positive size (default 400).`,
  },
  check({ model, report }) {
    for (const key of KEYS) {
      const value = model.systemProps.get(`zookeeper.${key}`);
      if (value === undefined) continue;
      const d = javaDecode(value, 32);
      if (!d.ok || d.value > -4n) continue; // unreadable: Integer.getInteger falls back to 400
      const capacity = String(d.value / 4n); // Java's int division truncates toward zero, as BigInt's does
      const occ = model.static.effective.get(key);
      const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
      const args = { key, value, capacity };
      if (model.distributed) report({ messageId: 'quorum', args, at, severity: 'warning', zookeeper: { effect: 'warning', says: says(capacity) } });
      else report({ messageId: 'standalone', args, at, zookeeper: { effect: 'fatal', says: says(capacity) } });
      return; // the constructor stops at the first
    }
  },
});
