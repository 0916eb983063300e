import { defineRule } from '../src/rule.js';
import { isMembershipKey } from '../src/model/membership.js';

type Args = { key: string; dynamicFile: string; says: string };

/** With dynamicConfigFile, membership lives only in the dynamic file. */
export default defineRule({
  id: 'membership-in-static-file',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'server./group/weight keys in a static file that also sets dynamicConfigFile.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    inStaticFile: ({ key, dynamicFile, says }: Args) =>
      `${key} is a membership line, but this file sets dynamicConfigFile=${dynamicFile}: membership must then be only in the dynamic file. ZooKeeper refuses to start ("${says}").`,
    dynamicFileSetHere: 'dynamicConfigFile set here',
  },
  hints: {
    inStaticFile: ({ key, dynamicFile }: Args) => `Move ${key} into ${dynamicFile} (or remove dynamicConfigFile to keep all membership here).`,
  },
  check({ model, report }) {
    const dynOcc = model.static.effective.get('dynamicConfigFile');
    if (!dynOcc) return;
    for (const occ of model.static.winners) {
      const key = occ.key;
      if (!isMembershipKey(key)) continue;
      const says = `parameter: ${occ.entry.key} must be in a separate dynamic config file`;
      report({
        messageId: 'inStaticFile',
        args: { key, dynamicFile: dynOcc.value, says } satisfies Args,
        at: { occ },
        related: [{ at: { occ: dynOcc }, messageId: 'dynamicFileSetHere' }],
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
