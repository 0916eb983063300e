import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { plural } from '../src/model/describe.js';

/** initLimit and syncLimit have no default in quorum mode. */
export default defineRule({
  id: 'quorum-limits-required',
  severity: 'error',
  docs: { description: 'A quorum config without initLimit or syncLimit (or with 0).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'is not set' },
  check({ model, report }) {
    if (!model.distributed) return;
    for (const key of ['initLimit', 'syncLimit'] as const) {
      const occ = model.static.effective.get(key);
      if (occ) {
        const n = parseJavaInt(occ.value);
        if (!n.ok || n.value !== 0) continue; // unparsable values are invalid-integer's
      }
      const first = model.membership.lines[0];
      report({
        at: occ ? { occ, part: 'value' } : first ? { occ: first.occ } : { file: model.static.source.path },
        message: `${key} is ${occ ? '0' : 'not set'}, but this is a quorum config (${plural(model.membership.voters.length, 'voting server')}); ZooKeeper has no default for it in quorum mode and refuses to start.`,
        hint: `Add ${key}=${key === 'initLimit' ? 10 : 5} (in ticks of tickTime).`,
        zookeeper: { effect: 'fatal', says: `${key} is not set` },
      });
    }
  },
});
