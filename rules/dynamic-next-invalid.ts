import { defineRule } from '../src/rule.js';

/** ZooKeeper parses `<zoo.cfg>.dynamic.next` at startup too: a broken line there stops it. */
export default defineRule({
  id: 'dynamic-next-invalid',
  severity: 'error',
  scope: 'config',
  versions: { since: '3.5' },
  docs: { description: 'A leftover zoo.cfg.dynamic.next with a membership line ZooKeeper cannot parse.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    refused: ({ file, says }: { file: string; says: string }) =>
      `${file} is a proposed membership left by a reconfiguration; ZooKeeper parses it at every start while dynamicConfigFile is set, ` +
      `and refuses to start on this line: ${says}.`,
    dynamicSetHere: 'dynamicConfigFile is set here',
  },
  hints: { refused: 'Fix the line, or delete the .dynamic.next file if no reconfiguration is in progress.' },
  check({ model, report }) {
    const next = model.dynamicNext;
    if (!next) return;
    for (const err of next.errors) {
      report({
        messageId: 'refused',
        args: { file: err.occ.file.path, says: err.says },
        at: { occ: err.occ, part: err.where === 'key' ? 'key' : err.where },
        related: [{ at: { occ: model.dynamic?.occ ?? err.occ, part: 'value' }, messageId: 'dynamicSetHere' }],
        zookeeper: { effect: 'fatal', says: err.says },
      });
    }
  },
});
