import { defineRule, type Report } from '../src/rule.js';
import type { ConfigFile, Occurrence } from '../src/model/config-file.js';

const RELATED_CAP = 20;

type Repeated = {
  key: string;
  count: number;
  /** Every value is the same. */
  same: boolean;
  last: string;
  /** The ignored earlier values shown (at most RELATED_CAP), and how many more there are. */
  ignored: readonly string[];
  more: number;
};

function reportDuplicates(file: ConfigFile, report: (r: Report<'repeated' | 'ignoredEarlier'>) => void): void {
  if (file.effective.size === file.occurrences.length) return; // every key once
  // Earlier occurrences of each repeated key, keys in first-seen order; the last one is the effective one.
  const earlierByKey = new Map<string, Occurrence[]>();
  for (const occ of file.occurrences) {
    if (file.effective.get(occ.key) === occ) continue;
    const list = earlierByKey.get(occ.key);
    if (list) list.push(occ);
    else earlierByKey.set(occ.key, [occ]);
  }
  for (const [key, earlier] of earlierByKey) {
    const last = file.effective.get(key) as Occurrence;
    // A key repeated thousands of times: name the first few earlier lines, count the rest.
    const shown = earlier.slice(0, RELATED_CAP);
    const args: Repeated = {
      key,
      count: earlier.length + 1,
      same: earlier.every((o) => o.value === last.value),
      last: last.value,
      ignored: shown.map((o) => o.value),
      more: earlier.length - shown.length,
    };
    report({
      messageId: 'repeated',
      args,
      at: { occ: last, part: 'key' },
      related: shown.map((o) => ({ at: { occ: o, part: 'key' as const }, messageId: 'ignoredEarlier' })),
    });
  }
}

/** Properties keeps the last value of a repeated key, without a word. */
export default defineRule({
  id: 'duplicate-key',
  scope: 'any',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A key set more than once: ZooKeeper silently uses the last value.' },
  zookeeper: { effect: 'silent' },
  messages: {
    repeated: ({ key, count, same, last, ignored, more }: Repeated) =>
      `"${key}" is set ${count} times; ZooKeeper uses the last value${same ? ' (all values are the same)' : ` "${last}" and ignores ${ignored.map((v) => `"${v}"`).join(', ')}${more ? ` and ${more} more` : ''}`}.`,
    ignoredEarlier: 'ignored earlier value',
  },
  hints: { repeated: 'Keep one line for the key.' },
  check({ model, report }) {
    reportDuplicates(model.static, report);
    const dynamicFile = model.dynamic?.file;
    if (dynamicFile) reportDuplicates(dynamicFile, report);
  },
});
