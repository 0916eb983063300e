import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

type Args = { value: number };

/** autopurge.snapRetainCount below 3 is raised to 3. */
export default defineRule({
  id: 'snap-retain-count-low',
  severity: 'warning',
  // Every release zklint knows (autopurge arrived in 3.4.0).
  versions: 'all',
  docs: { description: 'autopurge.snapRetainCount below 3: ZooKeeper keeps 3 anyway.' },
  zookeeper: { effect: 'warning', says: 'Invalid autopurge.snapRetainCount' },
  messages: {
    belowMinimum: ({ value }: Args) =>
      `autopurge.snapRetainCount=${value} is below the minimum of 3: ZooKeeper logs "Invalid autopurge.snapRetainCount: ${value}. Defaulting to 3" and keeps 3 snapshots.`,
  },
  hints: {
    belowMinimum: 'Write autopurge.snapRetainCount=3 (or more) so the file says what ZooKeeper does.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('autopurge.snapRetainCount');
    if (!occ) return;
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value >= 3) return;
    report({
      messageId: 'belowMinimum',
      args: { value: parsed.value } satisfies Args,
      at: { occ, part: 'value' },
      zookeeper: { effect: 'warning', says: `Invalid autopurge.snapRetainCount: ${parsed.value}. Defaulting to 3` },
    });
  },
});
