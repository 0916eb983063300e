import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';

const TICK_KEYS = ['initLimit', 'syncLimit', 'connectToLearnerMasterLimit'];

/** `misspelled`: a key that looks like tickTime but is not, or ''; `limits`: each tick-based limit with its value. */
type Args = { misspelled: string; limits: ReadonlyArray<{ key: string; ticks: number }> };

/** Limits are counted in ticks: without a tickTime line they are multiples of 3000 ms, not 2000 ms. */
export default defineRule({
  id: 'tick-time-default',
  severity: 'info',
  versions: 'all',
  docs: { description: 'Tick-based limits without a tickTime line: ZooKeeper uses tickTime=3000 (the sample configs say 2000).' },
  zookeeper: { effect: 'silent' },
  messages: {
    defaultTickTime: ({ misspelled, limits }: Args) =>
      `No tickTime line${misspelled ? ` ("${misspelled}" is a different key)` : ''}: ZooKeeper uses 3000 ms per tick, so ` +
      limits.map(({ key, ticks }) => `${key}=${ticks} means ${(ticks * 3000) / 1000} s`).join(', ') +
      ', and session timeouts default to 6–60 s.',
  },
  hints: { defaultTickTime: 'Write tickTime explicitly, e.g. tickTime=2000.' },
  check({ model, report }) {
    if (model.static.effective.has('tickTime')) return;
    const uses = TICK_KEYS.map((k) => [k, intSetting(model, k)] as const).filter(([, s]) => s.parsed?.ok);
    const first = uses[0];
    if (!first) return;
    const spelled = model.static.occurrences.find((o) => o.key.toLowerCase() === 'ticktime');
    report({
      messageId: 'defaultTickTime',
      args: {
        misspelled: spelled?.key ?? '',
        limits: uses.map(([key, s]) => ({ key, ticks: s.parsed!.ok ? s.parsed!.value : 0 })),
      } satisfies Args,
      at: { occ: first[1].occ!, part: 'key' },
    });
  },
});
