import { defineRule } from '../src/rule.js';

/** ZooKeeper parses `<zoo.cfg>.dynamic.next` at startup too: a broken line there stops it. */
export default defineRule({
  id: 'dynamic-next-invalid',
  severity: 'error',
  scope: 'config',
  docs: { description: 'A leftover zoo.cfg.dynamic.next with a membership line ZooKeeper cannot parse.', versions: '3.5+' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const next = model.dynamicNext;
    if (!next) return;
    for (const err of next.errors) {
      report({
        at: { occ: err.occ, part: err.where === 'key' ? 'key' : err.where },
        message:
          `${err.occ.file.path} is a proposed membership left by a reconfiguration; ZooKeeper parses it at every start while dynamicConfigFile is set, ` +
          `and refuses to start on this line: ${err.says}.`,
        hint: 'Fix the line, or delete the .dynamic.next file if no reconfiguration is in progress.',
        related: [{ at: { occ: model.dynamic?.occ ?? err.occ, part: 'value' as const }, message: 'dynamicConfigFile is set here' }],
        zookeeper: { effect: 'fatal', says: err.says },
      });
    }
  },
});
