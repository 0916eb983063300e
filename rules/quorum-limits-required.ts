import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { plural } from '../src/model/describe.js';
import { appendLineFix, replaceValueFix } from '../src/fix/edits.js';

const LIMIT_KEYS = ['initLimit', 'syncLimit'] as const;

/** initLimit and syncLimit have no default in quorum mode. */
export default defineRule({
  id: 'quorum-limits-required',
  severity: 'error',
  docs: { description: 'A quorum config without initLimit or syncLimit, or with 0 (fatal) or a negative value (the quorum never forms).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'is not set' },
  check({ model, report }) {
    if (!model.distributed) return;
    for (const key of LIMIT_KEYS) {
      const occ = model.static.effective.get(key);
      if (occ) {
        const n = parseJavaInt(occ.value);
        if (!n.ok) continue; // invalid-integer's
        if (n.value < 0) {
          report({
            at: { occ, part: 'value' },
            severity: 'warning',
            message: `${key}=${n.value} is negative: ZooKeeper starts, but its quorum threads die with "timeout can't be negative", so this server never joins a quorum.`,
            hint: `Use a positive number of ticks, e.g. ${key}=${key === 'initLimit' ? 10 : 5}.`,
            zookeeper: { effect: 'silent', says: "timeout can't be negative" },
            fix: replaceValueFix(occ, key === 'initLimit' ? '10' : '5', `Set ${key}=${key === 'initLimit' ? 10 : 5}`),
          });
          continue;
        }
        if (n.value !== 0) continue;
      }
      const first = model.membership.lines[0];
      report({
        at: occ ? { occ, part: 'value' } : first ? { occ: first.occ } : { file: model.static.source.path },
        message: `${key} is ${occ ? '0' : 'not set'}, but this is a quorum config (${plural(model.membership.voters.length, 'voting server')}); ZooKeeper has no default for it in quorum mode and refuses to start.`,
        hint: `Add ${key}=${key === 'initLimit' ? 10 : 5} (in ticks of tickTime).`,
        zookeeper: { effect: 'fatal', says: `${key} is not set` },
        // Unsafe: the number is zklint's usual choice, not the user's.
        fix: occ
          ? replaceValueFix(occ, key === 'initLimit' ? '10' : '5', `Set ${key}=${key === 'initLimit' ? 10 : 5}`)
          : appendLineFix(model.static.source, `${key}=${key === 'initLimit' ? 10 : 5}`, `Add ${key}=${key === 'initLimit' ? 10 : 5}`),
      });
    }
  },
});
