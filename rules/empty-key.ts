import { defineRule } from '../src/rule.js';

/** `=value` or `:value`: the key is empty; ZooKeeper sets the system property `zookeeper.` and nothing else. */
export default defineRule({
  id: 'empty-key',
  severity: 'warning',
  docs: { description: 'A line that starts with = or : (no key): the value is ignored.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    for (let n = 0; n < model.static.occurrences.length; n++) {
      const occ = model.static.occurrences[n]!;
      if (occ.key !== '') continue;
      report({
        at: { occ, part: 'line' },
        message: `This line has no key, so its value ${JSON.stringify(occ.value)} is ignored (ZooKeeper only sets the meaningless system property "zookeeper.").`,
        hint: 'Put the key name before the = (or delete the line).',
      });
    }
  },
});
