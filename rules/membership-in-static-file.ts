import { defineRule } from '../src/rule.js';
import { isMembershipKey } from '../src/model/membership.js';
import { atLeast } from '../src/model/version.js';

/** With dynamicConfigFile, membership lives only in the dynamic file. */
export default defineRule({
  id: 'membership-in-static-file',
  severity: 'error',
  docs: { description: 'server./group/weight keys in a static file that also sets dynamicConfigFile.', versions: '3.5+' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5')) return;
    const dynOcc = model.static.effective.get('dynamicConfigFile');
    if (!dynOcc) return;
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      if (!isMembershipKey(key)) continue;
      const says = `parameter: ${occ.entry.key} must be in a separate dynamic config file`;
      report({
        at: { occ },
        message: `${key} is a membership line, but this file sets dynamicConfigFile=${dynOcc.value}: membership must then be only in the dynamic file. ZooKeeper refuses to start ("${says}").`,
        hint: `Move ${key} into ${dynOcc.value} (or remove dynamicConfigFile to keep all membership here).`,
        related: [{ at: { occ: dynOcc }, message: 'dynamicConfigFile set here' }],
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
