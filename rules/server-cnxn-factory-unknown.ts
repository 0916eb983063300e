import { defineRule } from '../src/rule.js';
import { hasClientListener, factoryClass, NETTY, NIO } from '../src/model/client-factory.js';

/** ServerCnxnFactory.createFactory loads the class by name; anything it cannot instantiate is fatal at start. */
export default defineRule({
  id: 'server-cnxn-factory-unknown',
  severity: 'error',
  docs: { description: 'serverCnxnFactory names a class ZooKeeper does not ship (typo, wrong package).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: "Couldn't instantiate" },
  check({ model, report }) {
    if (!model.systemProps.has('zookeeper.serverCnxnFactory')) return;
    const cls = factoryClass(model);
    if (cls === NIO || cls === NETTY) return;
    const occ = model.static.effective.get('serverCnxnFactory');
    const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
    const near = [NIO, NETTY].find((k) => k.toLowerCase() === cls.toLowerCase() || k.endsWith(`.${cls}`));
    if (!hasClientListener(model)) {
      report({
        severity: 'warning',
        at,
        message: `serverCnxnFactory=${cls} is not a class ZooKeeper ships; it is not loaded now because no client port is set, but ZooKeeper exits ("Couldn't instantiate ${cls}") as soon as one is.`,
        hint: `Use ${near ?? NETTY} (or ${NIO}, the default).`,
        zookeeper: { effect: 'silent' },
      });
      return;
    }
    report({
      at,
      message: `serverCnxnFactory=${cls} is not a class ZooKeeper ships: unless you add it to the classpath, ZooKeeper exits at start with code 1 and nothing on stderr (IOException: Couldn't instantiate ${cls}).`,
      hint: `Use ${near ?? NETTY} (or ${NIO}, the default).`,
      zookeeper: { effect: 'fatal', says: `Couldn't instantiate ${cls}` },
    });
  },
});
