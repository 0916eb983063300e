import { defineRule } from '../src/rule.js';
import { factoryClass, NETTY, NIO, portSet } from '../src/model/client-factory.js';

/** `named`: the factory is named explicitly (not the default). */
type Args = { named: boolean };

/** The NIO factory (the default) cannot do TLS: a secure client port needs Netty. */
export default defineRule({
  id: 'secure-port-needs-netty',
  severity: 'error',
  versions: { since: '3.5.1' },
  docs: { description: 'secureClientPort with the default NIO connection factory: ZooKeeper exits at start.' },
  zookeeper: { effect: 'fatal', says: "SSL isn't supported in NIOServerCnxn" },
  messages: {
    nioFactory: ({ named }: Args) =>
      `secureClientPort is set but the client connection factory is ${named ? 'NIOServerCnxnFactory' : 'the default NIOServerCnxnFactory'}, which has no TLS: ZooKeeper exits at start with code 1 and nothing on stderr (UnsupportedOperationException: SSL isn't supported in NIOServerCnxn).`,
  },
  hints: { nioFactory: `Add serverCnxnFactory=${NETTY}.` },
  check({ model, report }) {
    if (!model.static.effective.has('secureClientPort')) return;
    if (!portSet(model, 'secureClientPort') || factoryClass(model) !== NIO) return;
    const occ = model.static.effective.get('secureClientPort');
    if (!occ) return;
    report({
      messageId: 'nioFactory',
      args: { named: model.systemProps.has('zookeeper.serverCnxnFactory') } satisfies Args,
      at: { occ, part: 'key' },
    });
  },
});
