import { defineRule } from '../src/rule.js';
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
  },
  hints: {
    even: ({ voters }: Even) => `Use ${voters - 1} or ${voters + 1} voting servers, or make one of them an observer (append :observer to its line).`,
  },
  check({ model, report }) {
    const voters = model.membership.voters;
    const n = voters.length;
    if (!model.distributed || model.membership.errors.length > 0 || n < 4 || n % 2 !== 0 || model.membership.hierarchical) return;
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
    report({ messageId: 'even', args, at: { occ: first.occ }, related: voters.slice(1).map((d) => ({ at: { occ: d.occ } })) });
  },
});
