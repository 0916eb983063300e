/** Shared by the connection-factory rules: which factory ZooKeeper will instantiate, and whether it will. */
import { clientListener } from './addresses.js';
import type { ZkModel } from './zk-model.js';
import { intSetting } from './zk-model.js';
import { atLeast } from './version.js';

export const NIO = 'org.apache.zookeeper.server.NIOServerCnxnFactory';
export const NETTY = 'org.apache.zookeeper.server.NettyServerCnxnFactory';

export function factoryClass(model: ZkModel): string {
  return model.systemProps.get('zookeeper.serverCnxnFactory') ?? NIO;
}

/**
 * The port key makes ZooKeeper open a listener: 1–65535, and from 3.9 also an explicit 0 (a random
 * free port; 3.4–3.8 read 0 as "not set"). Checked on real 3.8.0 and 3.9.6.
 */
export function portSet(model: ZkModel, key: string): boolean {
  const { parsed } = intSetting(model, key);
  return parsed?.ok === true && parsed.value <= 65535 && (parsed.value > 0 || (parsed.value === 0 && atLeast(model.version, '3.9')));
}

/** A client listener is created when clientPort (or the own server line's client part) or secureClientPort is set. */
export function hasClientListener(model: ZkModel): boolean {
  return clientListener(model) !== undefined || portSet(model, 'secureClientPort');
}
