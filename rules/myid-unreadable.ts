import { defineRule } from '../src/rule.js';

type Args = { path: string; reason: string };

/** ZooKeeper opens myid whenever it is a file; an unreadable one stops the server. */
export default defineRule({
  id: 'myid-unreadable',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A myid file that exists but cannot be read.' },
  zookeeper: { effect: 'fatal', says: 'Permission denied' },
  messages: {
    unreadable: ({ path, reason }: Args) =>
      `${path} exists but cannot be read (${reason}); ZooKeeper opens it at startup and refuses to start when it cannot.`,
  },
  hints: {
    unreadable: 'Make the file readable by the user ZooKeeper runs as (e.g. `chown zookeeper: myid && chmod 0644 myid`).',
  },
  check({ model, report }) {
    const { myid } = model;
    if (myid.state !== 'unreadable') return;
    const occ = model.static.effective.get('dataDir');
    if (!occ) return;
    report({
      messageId: 'unreadable',
      args: { path: myid.zkPath as string, reason: myid.reason as string } satisfies Args,
      at: { occ, part: 'value' },
    });
  },
});
