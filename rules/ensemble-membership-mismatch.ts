import { defineEnsembleRule } from '../src/rule.js';
import type { Ensemble, MembershipView } from '../src/ensemble/types.js';
import { addressOf, ids, lineFor, names, nodeTarget } from '../src/ensemble/describe.js';
import { quorumView } from '../src/ensemble/quorum.js';
import type { EnsembleNode } from '../src/ensemble/node.js';

/** Views whose holders can elect a leader on their own (counting votes with their own list). */
export function independentQuorums(e: Ensemble): MembershipView[] {
  return e.views.filter((v) => {
    const q = quorumView(v.model.membership);
    const alive = new Set(v.holders.map((n) => n.id).filter((i): i is string => i !== undefined));
    return q.voters.length > 0 && q.isQuorum(alive);
  });
}

function viewOf(e: Ensemble, n: EnsembleNode): MembershipView {
  return e.views.find((v) => v.holders.includes(n)) as MembershipView;
}

/** Every node must list the same servers with the same addresses, roles, groups and weights. */
export default defineEnsembleRule({
  id: 'ensemble-membership-mismatch',
  severity: 'error',
  docs: { description: 'Nodes of one ensemble disagree on its members (a server missing, other host/ports, role, group or weight).', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ ensemble: e, report }) {
    if (e.views.length < 2) return;
    const nodes = e.nodes.filter((n) => n.model.membership.members.size > 1);
    if (nodes.length < 2) return;
    const split = independentQuorums(e);
    if (split.length > 1) {
      // One finding for the split: on the first node of the smallest self-sufficient view.
      const minority = split[split.length - 1] as MembershipView;
      const target = minority.holders[0] as EnsembleNode;
      const listed = (v: MembershipView) => ids(quorumView(v.model.membership).voters.map((x) => x.id));
      report({
        at: nodeTarget(target),
        message:
          `The nodes hold ${split.length} different server lists that can each elect a leader on their own (split brain): ` +
          split.map((v) => `${names(v.holders)} list ${listed(v)}`).join(', while ') +
          `. Each group reaches a quorum in its own list, so ${split.length} leaders serve at once and accept writes the other side never sees; clients see different data depending on the server they reach.`,
        hint: `Render every node's server list (and group/weight lines) from one source, stop the smaller side, then restart all nodes with the same list.`,
        related: e.nodes.filter((n) => n !== target).map((n) => ({ at: nodeTarget(n), message: `${n.name}: lists ${ids([...n.model.membership.members.keys()])}` })),
      });
      return;
    }
    const allIds = [...new Set(nodes.flatMap((n) => [...n.model.membership.members.keys()]))].sort((a, b) => Number(a) - Number(b));
    const main = e.views[0] as MembershipView;
    for (const id of allIds) {
      const descr = new Map<string, EnsembleNode[]>();
      for (const n of nodes) {
        const m = n.model.membership;
        const d = m.members.get(id);
        const key = d
          ? `${addressOf(d)} as ${d.role}${m.hierarchical ? ` in group ${m.groupOf.get(id) ?? '-'} with weight ${m.weights.get(id) ?? 1n}` : ''}`
          : 'missing';
        descr.set(key, [...(descr.get(key) ?? []), n]);
      }
      if (descr.size < 2) continue;
      const kinds = [...descr.entries()].sort((a, b) => b[1].length - a[1].length);
      const [, majorityNodes] = kinds[0] as [string, EnsembleNode[]];
      const odd = nodes.find((n) => !majorityNodes.includes(n) && viewOf(e, n) !== main) ?? nodes.find((n) => !majorityNodes.includes(n)) as EnsembleNode;
      const missing = descr.get('missing');
      const present = nodes.filter((n) => n.model.membership.members.has(id));
      let why: string;
      if (missing) {
        const owner = e.nodes.find((n) => n.id === id);
        why =
          `${names(missing)} ${missing.length === 1 ? 'has' : 'have'} no server.${id} line while ${names(present)} list${present.length === 1 ? 's' : ''} it: ` +
          `${names(missing)} ignore${missing.length === 1 ? 's' : ''} server.${id}'s votes and count${missing.length === 1 ? 's' : ''} quorums over a different set of servers` +
          (owner ? `, so ${owner.name} may never join them` : '') +
          '.';
      } else {
        const roles = new Set(present.map((n) => n.model.membership.members.get(id)?.role));
        const addrs = new Set(present.map((n) => addressOf(n.model.membership.members.get(id) as NonNullable<ReturnType<typeof n.model.membership.members.get>>)));
        if (addrs.size > 1) {
          why = `server.${id} has different addresses: ${kinds.map(([k, ns]) => `${names(ns)}: ${k.split(' as ')[0]}`).join('; ')}. Nodes dial server.${id} where their own list says, so some can never reach it and it never joins their quorum.`;
        } else if (roles.size > 1) {
          why = `server.${id} is ${kinds.map(([k, ns]) => `${k.split(' as ')[1]?.split(' in ')[0]} for ${names(ns)}`).join(' but ')}: the nodes count different voters, so they disagree on what a quorum is.`;
        } else {
          why = `server.${id} is ${kinds.map(([k, ns]) => `${k.split(' as ')[1]} for ${names(ns)}`).join(' but ')}: the nodes weigh votes differently, so a leader one node accepts another refuses.`;
        }
      }
      report({
        at: lineFor(odd, id).at,
        message: `Nodes disagree on server.${id}. ${why}`,
        hint: `Render every node's server list (and group/weight lines) from one source, then restart the nodes that differ.`,
        related: nodes.filter((n) => n !== odd).map((n) => lineFor(n, id)),
      });
    }
  },
});
