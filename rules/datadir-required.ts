import { defineRule } from '../src/rule.js';

/** dataDir has no default: without it ZooKeeper stops while parsing. */
export default defineRule({
  id: 'datadir-required',
  severity: 'error',
  docs: { description: 'No dataDir key.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'dataDir is not set' },
  check({ model, report }) {
    if (model.static.effective.has('dataDir')) return;
    const near = model.static.occurrences.find((o) => o.key.toLowerCase() === 'datadir');
    report({
      at: near ? { occ: near, part: 'key' } : { file: model.static.source.path },
      message: near
        ? `dataDir is not set ("${near.key}" is a different key: keys are case-sensitive); ZooKeeper refuses to start.`
        : 'dataDir is not set; ZooKeeper refuses to start (it is the one required key).',
      hint: 'Add dataDir=/var/lib/zookeeper (an absolute path to the directory holding myid and snapshots).',
    });
  },
});
