import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';
import { factoryClass, NETTY, NIO, portSet } from '../src/model/client-factory.js';

/** The NIO factory (the default) cannot do TLS: a secure client port needs Netty. */
export default defineRule({
  id: 'secure-port-needs-netty',
  severity: 'error',
  docs: { description: 'secureClientPort with the default NIO connection factory: ZooKeeper exits at start.', versions: '3.5.1+' },
  zookeeper: { effect: 'fatal', says: "SSL isn't supported in NIOServerCnxn" },
  check({ model, report }) {
    if (!model.static.effective.has('secureClientPort')) return;
    if (!atLeast(model.version, '3.5')) return; // no secureClientPort before 3.5.1
    if (!portSet(model, 'secureClientPort') || factoryClass(model) !== NIO) return;
    const occ = model.static.effective.get('secureClientPort');
    if (!occ) return;
    report({
      at: { occ, part: 'key' },
      message: `secureClientPort is set but the client connection factory is ${model.systemProps.has('zookeeper.serverCnxnFactory') ? 'NIOServerCnxnFactory' : 'the default NIOServerCnxnFactory'}, which has no TLS: ZooKeeper exits at start with code 1 and nothing on stderr (UnsupportedOperationException: SSL isn't supported in NIOServerCnxn).`,
      hint: `Add serverCnxnFactory=${NETTY}.`,
    });
  },
});
