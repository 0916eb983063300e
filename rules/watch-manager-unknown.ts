import { defineRule } from '../src/rule.js';

/** The watch managers ZooKeeper ships (org.apache.zookeeper.server.watch, 3.6+). */
const KNOWN = ['org.apache.zookeeper.server.watch.WatchManager', 'org.apache.zookeeper.server.watch.WatchManagerOptimized'] as const;

type Args = { value: string; near: string | undefined };

const SAYS = 'Unexpected exception when creating WatchManager, exiting abnormally';

/**
 * DataTree builds its two watch managers from zookeeper.watchManagerName (Class.forName, then a
 * cast to IWatchManager); any failure is logged and ServiceUtils.requestSystemExit(1) ends the
 * process, standalone or quorum, before anything is served.
 */
export default defineRule({
  id: 'watch-manager-unknown',
  severity: 'error',
  versions: { since: '3.6' },
  docs: { description: 'watchManagerName names a class that is not a watch manager ZooKeeper ships: ZooKeeper exits while building its database.' },
  zookeeper: { effect: 'fatal', says: SAYS },
  messages: {
    unknown: ({ value }: Args) =>
      `watchManagerName=${JSON.stringify(value)} is not a watch manager ZooKeeper ships: unless that class is on the classpath and implements IWatchManager, ` +
      `ZooKeeper exits with code 1 while building its database ("${SAYS}").`,
  },
  hints: {
    unknown: ({ near }: Args) =>
      near ? `Write watchManagerName=${near}.` : `Use ${KNOWN[0]} (the default) or ${KNOWN[1]}, or delete the line.`,
  },
  check({ model, report }) {
    const value = model.systemProps.get('zookeeper.watchManagerName');
    if (value === undefined || (KNOWN as readonly string[]).includes(value)) return;
    const lower = value.toLowerCase();
    const near = KNOWN.find((k) => k.toLowerCase() === lower || k.endsWith(`.${value}`));
    const occ = model.static.effective.get('watchManagerName');
    report({
      messageId: 'unknown',
      args: { value, near },
      at: occ ? { occ, part: occ.value === '' ? 'key' : 'value' } : { file: model.static.source.path },
    });
  },
});
