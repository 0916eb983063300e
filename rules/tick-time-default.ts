import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';

const TICK_KEYS = ['initLimit', 'syncLimit', 'connectToLearnerMasterLimit'];

/** Limits are counted in ticks: without a tickTime line they are multiples of 3000 ms, not 2000 ms. */
export default defineRule({
  id: 'tick-time-default',
  severity: 'info',
  docs: { description: 'Tick-based limits without a tickTime line: ZooKeeper uses tickTime=3000 (the sample configs say 2000).', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    if (model.static.effective.has('tickTime')) return;
    const uses = TICK_KEYS.map((k) => [k, intSetting(model, k)] as const).filter(([, s]) => s.parsed?.ok);
    const first = uses[0];
    if (!first) return;
    const spelled = model.static.occurrences.find((o) => o.key.toLowerCase() === 'ticktime');
    report({
      at: { occ: first[1].occ!, part: 'key' },
      message:
        `No tickTime line${spelled ? ` ("${spelled.key}" is a different key)` : ''}: ZooKeeper uses 3000 ms per tick, so ` +
        uses.map(([k, s]) => `${k}=${s.parsed!.ok ? s.parsed!.value : ''} means ${((s.parsed!.ok ? s.parsed!.value : 0) * 3000) / 1000} s`).join(', ') +
        ', and session timeouts default to 6–60 s.',
      hint: 'Write tickTime explicitly, e.g. tickTime=2000.',
    });
  },
});
