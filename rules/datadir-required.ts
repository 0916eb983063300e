import { defineRule } from '../src/rule.js';

const HINT = 'Add dataDir=/var/lib/zookeeper (an absolute path to the directory holding myid and snapshots).';

/** dataDir has no default: without it ZooKeeper stops while parsing. */
export default defineRule({
  id: 'datadir-required',
  severity: 'error',
  versions: 'all',
  docs: { description: 'No dataDir key.' },
  zookeeper: { effect: 'fatal', says: 'dataDir is not set' },
  messages: {
    notSet: 'dataDir is not set; ZooKeeper refuses to start (it is the one required key).',
    wrongCase: ({ key }: { key: string }) => `dataDir is not set ("${key}" is a different key: keys are case-sensitive); ZooKeeper refuses to start.`,
  },
  hints: { notSet: HINT, wrongCase: HINT },
  check({ model, report }) {
    if (model.static.effective.has('dataDir')) return;
    const near = model.static.occurrences.find((o) => o.key.toLowerCase() === 'datadir');
    if (near) report({ messageId: 'wrongCase', args: { key: near.key }, at: { occ: near, part: 'key' } });
    else report({ messageId: 'notSet', at: { file: model.static.source.path } });
  },
});
