import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import { breakingSets, describeQuorum, zoneLosses } from '../src/ensemble/quorum.js';
import { zonesOfServers } from '../src/ensemble/explain.js';
import { votersNeeded } from '../src/model/quorum.js';

/** The whole ensemble against a failure target (--fault-tolerance) and zone losses (--zone). */
export default defineEnsembleRule({
  id: 'ensemble-fault-tolerance',
  severity: 'error',
  docs: { description: 'The ensemble (voters, observers, groups and weights) survives fewer failures than --fault-tolerance, or losing one zone breaks its quorum.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ ensemble: e, report }) {
    const q = e.quorum;
    const main = e.views[0];
    if (!q || !main || q.voters.length === 0 || !main.model.distributed) return;
    const holder = main.holders[0];
    if (!holder) return;
    const at = nodeTarget(holder);
    const related = main.holders.slice(1).map((n) => ({ at: nodeTarget(n), message: n.name }));
    const b = breakingSets(q);
    const sets = b.smallest.slice(0, 3).map((s) => `{${s.map((i) => `server.${i}`).join(', ')}}`).join(', ');
    if (e.faultTolerance !== undefined && b.tolerated < e.faultTolerance) {
      report({
        at,
        message:
          `The ensemble's quorum is ${describeQuorum(q)}${q.observers.length ? ` (observers ${q.observers.map((i) => `server.${i}`).join(', ')} do not vote)` : ''}; ` +
          `losing ${sets}${b.smallest.length > 3 || !b.complete ? ' (among others)' : ''} breaks it, so it survives ${b.tolerated} failure${b.tolerated === 1 ? '' : 's'}, not the ${e.faultTolerance} required.`,
        hint: q.hierarchical
          ? 'Rebalance groups and weights (or add groups) so that no small set of servers breaks a majority of groups.'
          : `Use ${votersNeeded(e.faultTolerance)} voting servers (2f+1); observers do not count.`,
        related,
      });
    }
    if (e.zones.size === 0) return;
    const { zoneOf, hostsOf } = zonesOfServers(main.model, e.zones);
    for (const z of zoneLosses(q, zoneOf, hostsOf)) {
      if (z.survives) continue;
      report({
        at,
        severity: 'warning',
        message: `Losing zone ${z.zone} (${z.hosts.join(', ')}: ${z.voters.map((i) => `server.${i}`).join(', ')}) breaks the quorum (${describeQuorum(q)}): one zone outage takes the whole ensemble down.`,
        hint: 'Spread voters so that no zone holds enough of them (or enough of the groups\' weight) to break the quorum; three zones for majority quorums.',
        related,
      });
    }
  },
});
