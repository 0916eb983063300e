import { defineRule } from '../src/rule.js';

/** `name`: the config file's path. */
type Args = { name: string };

/** reconfigEnabled=true with static membership: ZooKeeper rewrites zoo.cfg itself. */
export default defineRule({
  id: 'reconfig-rewrites-config',
  severity: 'warning',
  versions: { since: '3.5' },
  docs: { description: 'reconfigEnabled=true without dynamicConfigFile: ZooKeeper will rewrite this zoo.cfg (comments, order and server lines lost).' },
  zookeeper: { effect: 'silent' },
  messages: {
    rewritesConfig: ({ name }: Args) =>
      `reconfigEnabled=true with the server lines in ${name} itself: ZooKeeper writes ${name}.bak at every start, and once a leader is elected ` +
      `moves the membership to ${name}.dynamic.<version> and rewrites ${name} in place: comments and key order are lost, server lines are removed and ` +
      'dynamicConfigFile is added. Config management that owns this file will fight ZooKeeper (re-adding server lines next to dynamicConfigFile makes it refuse to start).',
  },
  hints: {
    rewritesConfig:
      'Manage a static file with dynamicConfigFile=<path> and the server lines in that dynamic file (and let ZooKeeper own the dynamic file), or keep reconfigEnabled=false.',
  },
  check({ model, report }) {
    if (!model.distributed || !model.backwardCompatible) return;
    const occ = model.static.effective.get('reconfigEnabled');
    if (!occ || occ.value.toLowerCase() !== 'true') return;
    report({ messageId: 'rewritesConfig', args: { name: model.static.source.path } satisfies Args, at: { occ } });
  },
});
