import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

/** autopurge.snapRetainCount below 3 is raised to 3. */
export default defineRule({
  id: 'snap-retain-count-low',
  severity: 'warning',
  docs: { description: 'autopurge.snapRetainCount below 3: ZooKeeper keeps 3 anyway.', versions: '3.4+' },
  zookeeper: { effect: 'warning', says: 'Invalid autopurge.snapRetainCount' },
  check({ model, report }) {
    const occ = model.static.effective.get('autopurge.snapRetainCount');
    if (!occ) return;
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value >= 3) return;
    report({
      at: { occ, part: 'value' },
      message: `autopurge.snapRetainCount=${parsed.value} is below the minimum of 3: ZooKeeper logs "Invalid autopurge.snapRetainCount: ${parsed.value}. Defaulting to 3" and keeps 3 snapshots.`,
      hint: 'Write autopurge.snapRetainCount=3 (or more) so the file says what ZooKeeper does.',
      zookeeper: { effect: 'warning', says: `Invalid autopurge.snapRetainCount: ${parsed.value}. Defaulting to 3` },
    });
  },
});
