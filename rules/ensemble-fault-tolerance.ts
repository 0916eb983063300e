import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import { breakingSets, describeQuorum, zoneLosses } from '../src/ensemble/quorum.js';
import { zonesOfServers } from '../src/ensemble/explain.js';
import { votersNeeded } from '../src/model/quorum.js';

const servers = (ids: readonly string[]) => ids.map((i) => `server.${i}`).join(', ');

type TooFew = {
  quorum: string;
  hierarchical: boolean;
  observers: readonly string[];
  /** The smallest sets of servers whose loss breaks the quorum (the first few), and whether there are more. */
  sets: ReadonlyArray<readonly string[]>;
  more: boolean;
  tolerated: number;
  required: number;
};
type ZoneLoss = { zone: string; hosts: readonly string[]; voters: readonly string[]; quorum: string };

/** The whole ensemble against a failure target and zone losses (both given with the lint options). */
export default defineEnsembleRule({
  id: 'ensemble-fault-tolerance',
  severity: 'error',
  versions: 'all',
  docs: { description: 'The ensemble (voters, observers, groups and weights) survives fewer failures than required, or losing one zone breaks its quorum.' },
  zookeeper: { effect: 'silent' },
  messages: {
    tooFew: (a: TooFew) =>
      `The ensemble's quorum is ${a.quorum}${a.observers.length ? ` (observers ${servers(a.observers)} do not vote)` : ''}; ` +
      `losing ${a.sets.map((s) => `{${servers(s)}}`).join(', ')}${a.more ? ' (among others)' : ''} breaks it, so it survives ${a.tolerated} failure${a.tolerated === 1 ? '' : 's'}, not the ${a.required} required.`,
    zoneLoss: ({ zone, hosts, voters, quorum }: ZoneLoss) =>
      `Losing zone ${zone} (${hosts.join(', ')}: ${servers(voters)}) breaks the quorum (${quorum}): one zone outage takes the whole ensemble down.`,
    node: ({ name }: { name: string }) => name,
  },
  hints: {
    tooFew: ({ hierarchical, required }: TooFew) =>
      hierarchical
        ? 'Rebalance groups and weights (or add groups) so that no small set of servers breaks a majority of groups.'
        : `Use ${votersNeeded(required)} voting servers (2f+1); observers do not count.`,
    zoneLoss: "Spread voters so that no zone holds enough of them (or enough of the groups' weight) to break the quorum; three zones for majority quorums.",
  },
  check({ ensemble: e, report }) {
    const q = e.quorum;
    const main = e.views[0];
    if (!q || !main || q.voters.length === 0 || !main.model.distributed) return;
    const holder = main.holders[0];
    if (!holder) return;
    const at = nodeTarget(holder);
    const related = main.holders.slice(1).map((n) => ({ at: nodeTarget(n), messageId: 'node' as const, args: { name: n.name } }));
    const b = breakingSets(q);
    if (e.faultTolerance !== undefined && b.tolerated < e.faultTolerance) {
      const args: TooFew = {
        quorum: describeQuorum(q),
        hierarchical: q.hierarchical,
        observers: q.observers,
        sets: b.smallest.slice(0, 3),
        more: b.smallest.length > 3 || !b.complete,
        tolerated: b.tolerated,
        required: e.faultTolerance,
      };
      report({ messageId: 'tooFew', args, at, related });
    }
    if (e.zones.size === 0) return;
    const { zoneOf, hostsOf } = zonesOfServers(main.model, e.zones);
    for (const z of zoneLosses(q, zoneOf, hostsOf)) {
      if (z.survives) continue;
      const args: ZoneLoss = { zone: z.zone, hosts: z.hosts, voters: z.voters, quorum: describeQuorum(q) };
      report({ messageId: 'zoneLoss', args, at, related, severity: 'warning' });
    }
  },
});
