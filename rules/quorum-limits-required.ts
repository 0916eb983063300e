import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { plural } from '../src/model/describe.js';
import { appendLineFix, replaceValueFix } from '../src/fix/edits.js';

const LIMIT_KEYS = ['initLimit', 'syncLimit'] as const;

/** `voters`: how many voting servers; `example`: a usual value in ticks. */
type Args = { key: string; value?: number; voters?: number; example: number };

/** initLimit and syncLimit have no default in quorum mode. */
export default defineRule({
  id: 'quorum-limits-required',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A quorum config without initLimit or syncLimit, or with 0 (fatal) or a negative value (the quorum never forms).' },
  zookeeper: { effect: 'fatal', says: 'is not set' },
  messages: {
    negative: ({ key, value }: Args) =>
      `${key}=${value} is negative: ZooKeeper starts, but its quorum threads die with "timeout can't be negative", so this server never joins a quorum.`,
    zero: ({ key, voters }: Args) =>
      `${key} is 0, but this is a quorum config (${plural(voters ?? 0, 'voting server')}); ZooKeeper has no default for it in quorum mode and refuses to start.`,
    notSet: ({ key, voters }: Args) =>
      `${key} is not set, but this is a quorum config (${plural(voters ?? 0, 'voting server')}); ZooKeeper has no default for it in quorum mode and refuses to start.`,
  },
  hints: {
    negative: ({ key, example }: Args) => `Use a positive number of ticks, e.g. ${key}=${example}.`,
    zero: ({ key, example }: Args) => `Add ${key}=${example} (in ticks of tickTime).`,
    notSet: ({ key, example }: Args) => `Add ${key}=${example} (in ticks of tickTime).`,
  },
  check({ model, report }) {
    if (!model.distributed) return;
    for (const key of LIMIT_KEYS) {
      const example = key === 'initLimit' ? 10 : 5;
      const occ = model.static.effective.get(key);
      if (occ) {
        const n = parseJavaInt(occ.value);
        if (!n.ok) continue; // invalid-integer's
        if (n.value < 0) {
          report({
            messageId: 'negative',
            args: { key, value: n.value, example } satisfies Args,
            at: { occ, part: 'value' },
            severity: 'warning',
            zookeeper: { effect: 'silent', says: "timeout can't be negative" },
            fix: replaceValueFix(occ, key === 'initLimit' ? '10' : '5', `Set ${key}=${key === 'initLimit' ? 10 : 5}`),
          });
          continue;
        }
        if (n.value !== 0) continue;
      }
      const first = model.membership.lines[0];
      report({
        messageId: occ ? 'zero' : 'notSet',
        args: { key, voters: model.membership.voters.length, example } satisfies Args,
        at: occ ? { occ, part: 'value' } : first ? { occ: first.occ } : { file: model.static.source.path },
        zookeeper: { effect: 'fatal', says: `${key} is not set` },
        // Unsafe: the number is zklint's usual choice, not the user's.
        fix: occ
          ? replaceValueFix(occ, key === 'initLimit' ? '10' : '5', `Set ${key}=${key === 'initLimit' ? 10 : 5}`)
          : appendLineFix(model.static.source, `${key}=${key === 'initLimit' ? 10 : 5}`, `Add ${key}=${key === 'initLimit' ? 10 : 5}`),
      });
    }
  },
});
