import { defineRule } from '../src/rule.js';
import { majority } from '../src/model/quorum.js';
import { atLeast } from '../src/model/version.js';

/** An even number of voters tolerates no more failures than one voter fewer. */
export default defineRule({
  id: 'even-voters',
  severity: 'warning',
  docs: { description: 'An even number of voting servers (4, 6, …): one more server to keep up, no more failures tolerated.', versions: 'all' },
  zookeeper: { effect: 'warning', says: 'Non-optimal configuration, consider an odd number of servers.' },
  check({ model, report }) {
    const voters = model.membership.voters;
    const n = voters.length;
    if (!model.distributed || model.membership.errors.length > 0 || n < 4 || n % 2 !== 0) return;
    const says = atLeast(model.version, '3.8') ? 'Non-optimal configuration, consider an odd number of servers.' : 'Non-optimial configuration, consider an odd number of servers.';
    if (model.membership.hierarchical) {
      // ZooKeeper counts participants before it looks at groups, so it logs the warning here too.
      const head = voters[0];
      if (!head) return;
      report({
        at: { occ: head.occ },
        message: `${n} voting servers: ZooKeeper counts participants regardless of groups and weights and logs "${says}" With a hierarchical quorum the groups decide what a failure costs, so the count alone may be fine; check the fault tolerance of the groups.`,
        hint: 'Keep the groups as they are if their fault tolerance is what you want; otherwise use an odd number of voting servers.',
        related: voters.slice(1).map((d) => ({ at: { occ: d.occ } })),
        zookeeper: { effect: 'warning', says },
      });
      return;
    }
    const even = majority(n);
    const odd = majority(n - 1);
    const first = voters[0];
    if (!first) return;
    const observers = model.membership.observers.length;
    report({
      at: { occ: first.occ },
      message:
        `${n} voting servers${observers ? ` (observers do not vote: ${observers} not counted)` : ''} need ${even.quorumSize} for a quorum and tolerate ` +
        `${even.tolerated} failure${even.tolerated === 1 ? '' : 's'}, the same as ${n - 1} servers (quorum ${odd.quorumSize}). ZooKeeper only logs a warning.`,
      hint: `Use ${n - 1} or ${n + 1} voting servers, or make one of them an observer (append :observer to its line).`,
      related: voters.slice(1).map((d) => ({ at: { occ: d.occ } })),
      zookeeper: { effect: 'warning', says },
    });
  },
});
