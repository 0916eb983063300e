import { defineRule } from '../src/rule.js';
import { hasClientListener, factoryClass, NETTY, NIO } from '../src/model/client-factory.js';

/** `cls`: the class named; `near`: the shipped class it most likely meant. */
type Args = { cls: string; near: string };

/** ServerCnxnFactory.createFactory loads the class by name; anything it cannot instantiate is fatal at start. */
export default defineRule({
  id: 'server-cnxn-factory-unknown',
  severity: 'error',
  versions: 'all',
  docs: { description: 'serverCnxnFactory names a class ZooKeeper does not ship (typo, wrong package).' },
  zookeeper: { effect: 'fatal', says: "Couldn't instantiate" },
  messages: {
    notLoadedYet: ({ cls }: Args) =>
      `serverCnxnFactory=${cls} is not a class ZooKeeper ships; it is not loaded now because no client port is set, but ZooKeeper exits ("Couldn't instantiate ${cls}") as soon as one is.`,
    unknownClass: ({ cls }: Args) =>
      `serverCnxnFactory=${cls} is not a class ZooKeeper ships: unless you add it to the classpath, ZooKeeper exits at start with code 1 and nothing on stderr (IOException: Couldn't instantiate ${cls}).`,
  },
  hints: { notLoadedYet: hint, unknownClass: hint },
  check({ model, report }) {
    if (!model.systemProps.has('zookeeper.serverCnxnFactory')) return;
    const cls = factoryClass(model);
    if (cls === NIO || cls === NETTY) return;
    const occ = model.static.effective.get('serverCnxnFactory');
    const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
    const near = [NIO, NETTY].find((k) => k.toLowerCase() === cls.toLowerCase() || k.endsWith(`.${cls}`));
    const args: Args = { cls, near: near ?? NETTY };
    if (!hasClientListener(model)) {
      report({ messageId: 'notLoadedYet', args, severity: 'warning', at, zookeeper: { effect: 'silent' } });
      return;
    }
    report({ messageId: 'unknownClass', args, at, zookeeper: { effect: 'fatal', says: `Couldn't instantiate ${cls}` } });
  },
});

function hint({ near }: Args): string {
  return `Use ${near} (or ${NIO}, the default).`;
}
