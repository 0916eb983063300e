import { defineRule, type LegacyReport as Report } from '../src/rule.js';
import type { ConfigFile, Occurrence } from '../src/model/config-file.js';
import { removeLinesFix } from '../src/fix/edits.js';

const RELATED_CAP = 20;

function reportDuplicates(file: ConfigFile, report: (r: Report) => void): void {
  if (file.effective.size === file.occurrences.length) return; // every key once
  // Earlier occurrences of each repeated key, keys in first-seen order; the last one is the effective one.
  const earlierByKey = new Map<string, Occurrence[]>();
  for (let n = 0; n < file.occurrences.length; n++) {
    const occ = file.occurrences[n]!;
    if (file.effective.get(occ.key) === occ) continue;
    const list = earlierByKey.get(occ.key);
    if (list) list.push(occ);
    else earlierByKey.set(occ.key, [occ]);
  }
  for (const [key, earlier] of earlierByKey) {
    const last = file.effective.get(key) as Occurrence;
    const count = earlier.length + 1;
    const same = earlier.every((o) => o.value === last.value);
    // A key repeated thousands of times: name the first few earlier lines, count the rest.
    const shown = earlier.slice(0, RELATED_CAP);
    const more = earlier.length - shown.length;
    report({
      at: { occ: last, part: 'key' },
      message:
        `"${key}" is set ${count} times; ZooKeeper uses the last value${same ? ' (all values are the same)' : ` "${last.value}" and ignores ${shown.map((o) => `"${o.value}"`).join(', ')}${more ? ` and ${more} more` : ''}`}.`,
      hint: 'Keep one line for the key.',
      related: shown.map((o) => ({ at: { occ: o, part: 'key' as const }, message: 'ignored earlier value' })),
      // Same values: dropping the earlier lines changes nothing. Different ones: ZooKeeper reads the same, but the
      // value the user meant may be an earlier one.
      fix: removeLinesFix(earlier, same, same ? `Remove the repeated ${key} lines` : `Keep only the last ${key} (the one ZooKeeper uses)`),
    });
  }
}

/** Properties keeps the last value of a repeated key, without a word. */
export default defineRule({
  id: 'duplicate-key',
  scope: 'any',
  severity: 'warning',
  docs: { description: 'A key set more than once: ZooKeeper silently uses the last value.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    reportDuplicates(model.static, report);
    const dynamicFile = model.dynamic?.file;
    if (dynamicFile) reportDuplicates(dynamicFile, report);
  },
});
