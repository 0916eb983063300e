/** Shared by the connection-factory rules: which factory ZooKeeper will instantiate, and whether it will. */
import { clientListener } from './addresses.js';
import type { ZkModel } from './zk-model.js';
import { intSetting } from './zk-model.js';

export const NIO = 'org.apache.zookeeper.server.NIOServerCnxnFactory';
export const NETTY = 'org.apache.zookeeper.server.NettyServerCnxnFactory';

export function factoryClass(model: ZkModel): string {
  return model.systemProps.get('zookeeper.serverCnxnFactory') ?? NIO;
}

export function portSet(model: ZkModel, key: string): boolean {
  const { parsed } = intSetting(model, key);
  return parsed?.ok === true && parsed.value > 0 && parsed.value <= 65535;
}

/** A client listener is created when clientPort (or the own server line's client part) or secureClientPort is set. */
export function hasClientListener(model: ZkModel): boolean {
  return clientListener(model) !== undefined || portSet(model, 'secureClientPort');
}
