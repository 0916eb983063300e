import { defineRule } from '../src/rule.js';
import { isMembershipKey } from '../src/model/membership.js';

/** The dynamic file holds membership only; anything else is refused. */
export default defineRule({
  id: 'dynamic-file-unknown-key',
  severity: 'error',
  docs: { description: 'A key other than server./group/weight in the dynamic config file.', versions: '3.5+' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const file = model.dynamic?.file;
    if (!file) return;
    for (const occ of file.winners) {
      const key = occ.key;
      if (isMembershipKey(key) || key === 'version') continue;
      const says = `Unrecognised parameter: ${occ.entry.key}`;
      report({
        at: { occ },
        message: `${key} is in the dynamic config file ${file.source.path}, which may only hold server.N, group.N and weight.N lines. ZooKeeper refuses to start ("${says}").`,
        hint: `Move ${key} to the static config (${model.static.source.path}).`,
        related: model.dynamic ? [{ at: { occ: model.dynamic.occ, part: 'value' as const }, message: 'dynamic file named here' }] : [],
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
