import { defineRule, relatedOf } from '../src/rule.js';
import { majority } from '../src/model/quorum.js';

type Even = { voters: number; observers: number; quorum: number; tolerated: number; oddQuorum: number };

/** An even number of voters tolerates no more failures than one voter fewer. */
export default defineRule({
  id: 'even-voters',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'An even number of voting servers (4, 6, …): one more server to keep up, no more failures tolerated.' },
  zookeeper: {
    effect: 'warning',
    // QuorumPeerConfig's warning; 3.8.0 fixed the spelling (checked in the 3.4.13 and 3.8.0 jars).
    says: [
      { until: '3.7', says: 'Non-optimial configuration, consider an odd number of servers.' },
      { says: 'Non-optimal configuration, consider an odd number of servers.' },
    ],
  },
  messages: {
    even: ({ voters, observers, quorum, tolerated, oddQuorum }: Even) =>
      `${voters} voting servers${observers ? ` (observers do not vote: ${observers} not counted)` : ''} need ${quorum} for a quorum and tolerate ` +
      `${tolerated} failure${tolerated === 1 ? '' : 's'}, the same as ${voters - 1} servers (quorum ${oddQuorum}). ZooKeeper only logs a warning.`,
    hierarchical: ({ voters }: Even) =>
      `${voters} voting servers: ZooKeeper counts participants regardless of groups and weights and logs its odd-number warning. With a hierarchical quorum the groups decide what a failure costs, so the count alone may be fine; check the fault tolerance of the groups.`,
  },
  hints: {
    hierarchical: 'Keep the groups as they are if their fault tolerance is what you want; otherwise use an odd number of voting servers.',
    even: ({ voters }: Even) => `Use ${voters - 1} or ${voters + 1} voting servers, or make one of them an observer (append :observer to its line).`,
  },
  check({ model, report }) {
    const voters = model.membership.voters;
    const n = voters.length;
    if (!model.distributed || model.membership.errors.length > 0 || n < 4 || n % 2 !== 0) return;
    const first = voters[0];
    if (!first) return;
    const even = majority(n);
    const args: Even = {
      voters: n,
      observers: model.membership.observers.length,
      quorum: even.quorumSize,
      tolerated: even.tolerated,
      oddQuorum: majority(n - 1).quorumSize,
    };
    // ZooKeeper counts participants before it looks at groups, so it logs the warning with groups too.
    report({ messageId: model.membership.hierarchical ? 'hierarchical' : 'even', args, at: { occ: first.occ }, related: relatedOf(voters, (d) => ({ at: { occ: d.occ } }), 1) });
  },
});
