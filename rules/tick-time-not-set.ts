import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

/** tickTime=0 is ZooKeeper's "unset" value. */
export default defineRule({
  id: 'tick-time-not-set',
  severity: 'error',
  versions: 'all',
  docs: { description: 'tickTime=0: ZooKeeper refuses to start.' },
  zookeeper: { effect: 'fatal', says: 'tickTime is not set' },
  messages: {
    zero: 'tickTime=0: ZooKeeper treats 0 as "not set" and refuses to start (leave the line out for the default 3000).',
  },
  hints: { zero: 'Write tickTime=2000 (milliseconds).' },
  check({ model, report }) {
    const occ = model.static.effective.get('tickTime');
    if (!occ) return;
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value !== 0) return;
    report({ messageId: 'zero', at: { occ, part: 'value' } });
  },
});
