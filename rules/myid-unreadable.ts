import { defineRule } from '../src/rule.js';

/** ZooKeeper opens myid whenever it is a file; an unreadable one stops the server. */
export default defineRule({
  id: 'myid-unreadable',
  severity: 'error',
  docs: { description: 'A myid file that exists but cannot be read.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'Permission denied' },
  check({ model, report }) {
    const { myid } = model;
    if (myid.state !== 'unreadable') return;
    const occ = model.static.effective.get('dataDir');
    if (!occ) return;
    report({
      at: { occ, part: 'value' },
      message: `${myid.zkPath} exists but cannot be read (${myid.reason}); ZooKeeper opens it at startup and refuses to start when it cannot.`,
      hint: 'Make the file readable by the user ZooKeeper runs as (e.g. `chown zookeeper: myid && chmod 0644 myid`).',
    });
  },
});
