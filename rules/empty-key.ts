import { defineRule } from '../src/rule.js';

/** `=value` or `:value`: the key is empty; ZooKeeper sets the system property `zookeeper.` and nothing else. */
export default defineRule({
  id: 'empty-key',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A line that starts with = or : (no key): the value is ignored.' },
  zookeeper: { effect: 'silent' },
  messages: {
    noKey: ({ value }: { value: string }) =>
      `This line has no key, so its value ${JSON.stringify(value)} is ignored (ZooKeeper only sets the meaningless system property "zookeeper.").`,
  },
  hints: { noKey: 'Put the key name before the = (or delete the line).' },
  check({ model, report }) {
    for (const occ of model.static.occurrences) {
      if (occ.key !== '') continue;
      report({ messageId: 'noKey', args: { value: occ.value }, at: { occ, part: 'line' } });
    }
  },
});
