import { defineRule, relatedOf } from '../src/rule.js';

type Args = { voters: number; observers: number };

/** One or two voters in quorum mode: any single failure stops the ensemble. */
export default defineRule({
  id: 'too-few-voters',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A quorum of fewer than 3 voting servers tolerates no failure.' },
  zookeeper: { effect: 'warning', says: 'No server failure will be tolerated. You need at least 3 servers.' },
  messages: {
    tooFew: ({ voters, observers }: Args) =>
      `Only ${voters} voting server${voters === 1 ? '' : 's'}${observers ? ` (the ${observers} observer${observers === 1 ? '' : 's'} do not vote)` : ''}: ` +
      `the quorum is ${voters}, so losing any one server stops the ensemble. ZooKeeper only logs a warning.`,
  },
  hints: { tooFew: 'Run at least 3 voting servers (2f+1 to tolerate f failures).' },
  check({ model, report }) {
    const voters = model.membership.voters;
    if (!model.distributed || model.membership.errors.length > 0 || voters.length > 2 || voters.length === 0) return;
    const first = voters[0];
    if (!first) return;
    const observers = model.membership.observers.length;
    report({
      messageId: 'tooFew',
      args: { voters: voters.length, observers } satisfies Args,
      at: { occ: first.occ },
      related: relatedOf(voters, (d) => ({ at: { occ: d.occ } }), 1),
    });
  },
});
