import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

/** maxClientCnxns ≤ 0 lifts the per-IP connection limit (negative values too: the check is `> 0`). */
export default defineRule({
  id: 'max-client-cnxns-unlimited',
  severity: 'info',
  versions: 'all',
  docs: { description: 'maxClientCnxns=0 (or negative): no per-IP connection limit.' },
  zookeeper: { effect: 'silent' },
  messages: {
    zero: "maxClientCnxns=0 removes the per-IP connection limit: one misbehaving client (a connection leak) can use up the server's file descriptors.",
    negative: ({ value }: { value: number }) =>
      `maxClientCnxns=${value} does not mean "no connections": ZooKeeper only applies the limit when it is above 0, so this is unlimited, like 0.`,
  },
  hints: {
    zero: 'Prefer a generous finite limit (e.g. maxClientCnxns=500) so a leaking client hits its own limit first.',
    negative: 'Write maxClientCnxns=0 if you mean unlimited, or a positive limit such as 60.',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('maxClientCnxns');
    if (!occ) return;
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value > 0) return;
    if (parsed.value < 0) report({ messageId: 'negative', args: { value: parsed.value }, at: { occ, part: 'value' }, severity: 'warning' });
    else report({ messageId: 'zero', at: { occ, part: 'value' }, severity: 'info' });
  },
});
