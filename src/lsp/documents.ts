/** Which editor documents are ZooKeeper server configs (the command's discovery rules, by name and content). */
import { LOOKS_LIKE_ZK } from '../cli/discover.js';

/** zoo.cfg, zookeeper.properties and dynamic files always; other *.cfg / *.properties when they look like one. */
export function isZooKeeperDocument(file: string, text: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (base === 'zoo.cfg' || base === 'zookeeper.properties' || /\.dynamic(\.[0-9a-fA-Fx]+)?$/.test(base)) return true;
  if (/\.(cfg|properties|conf)$/.test(base) || !base.includes('.')) return LOOKS_LIKE_ZK.test(text.slice(0, 64 * 1024));
  return false;
}
