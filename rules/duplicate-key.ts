import { defineRule } from '../src/rule.js';
import type { Occurrence } from '../src/model/config-file.js';

const RELATED_CAP = 20;

/** Properties keeps the last value of a repeated key, without a word. */
export default defineRule({
  id: 'duplicate-key',
  scope: 'any',
  severity: 'warning',
  docs: { description: 'A key set more than once: ZooKeeper silently uses the last value.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    const files = [model.static, ...(model.dynamic?.file ? [model.dynamic.file] : [])];
    for (const file of files) {
      if (file.effective.size === file.occurrences.length) continue; // every key once
      const byKey = new Map<string, Occurrence[]>();
      for (const occ of file.occurrences) {
        const list = byKey.get(occ.key) ?? [];
        list.push(occ);
        byKey.set(occ.key, list);
      }
      for (const [key, list] of byKey) {
        if (list.length < 2) continue;
        const last = list[list.length - 1] as Occurrence;
        const earlier = list.slice(0, -1);
        const same = earlier.every((o) => o.value === last.value);
        // A key repeated thousands of times: name the first few earlier lines, count the rest.
        const shown = earlier.slice(0, RELATED_CAP);
        const more = earlier.length - shown.length;
        report({
          at: { occ: last, part: 'key' },
          message:
            `"${key}" is set ${list.length} times; ZooKeeper uses the last value${same ? ' (all values are the same)' : ` "${last.value}" and ignores ${shown.map((o) => `"${o.value}"`).join(', ')}${more ? ` and ${more} more` : ''}`}.`,
          hint: 'Keep one line for the key.',
          related: shown.map((o) => ({ at: { occ: o, part: 'key' as const }, message: 'ignored earlier value' })),
        });
      }
    }
  },
});
