import { defineEnsembleRule, type RelatedReport } from '../src/rule.js';
import type { Ensemble, MembershipView } from '../src/ensemble/types.js';
import { addressOf, ids, names, nodeTarget } from '../src/ensemble/describe.js';
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

type SplitBrain = { sides: ReadonlyArray<{ nodes: string; servers: string }> };
/** Nodes (as one phrase) and how many, for agreement of verbs. */
type Nodes = { names: string; count: number };
type Missing = { id: string; missing: Nodes; present: Nodes; owner?: string };
/** How each group of nodes describes server.<id>: addresses, role, or role with group and weight. */
type Kinds = { id: string; kinds: ReadonlyArray<{ nodes: string; what: string }> };

const s = (n: Nodes, one: string, many: string) => (n.count === 1 ? one : many);
const RENDER = "Render every node's server list (and group/weight lines) from one source, then restart the nodes that differ.";

/** Every node must list the same servers with the same addresses, roles, groups and weights. */
export default defineEnsembleRule({
  id: 'ensemble-membership-mismatch',
  severity: 'error',
  versions: 'all',
  docs: { description: 'Nodes of one ensemble disagree on its members (a server missing, other host/ports, role, group or weight).' },
  zookeeper: { effect: 'silent' },
  messages: {
    splitBrain: ({ sides }: SplitBrain) =>
      `The nodes hold ${sides.length} different server lists that can each elect a leader on their own (split brain): ` +
      sides.map((v) => `${v.nodes} list ${v.servers}`).join(', while ') +
      `. Each group reaches a quorum in its own list, so ${sides.length} leaders serve at once and accept writes the other side never sees; clients see different data depending on the server they reach.`,
    missingServer: ({ id, missing, present, owner }: Missing) =>
      `Nodes disagree on server.${id}. ` +
      `${missing.names} ${s(missing, 'has', 'have')} no server.${id} line while ${present.names} list${s(present, 's', '')} it: ` +
      `${missing.names} ignore${s(missing, 's', '')} server.${id}'s votes and count${s(missing, 's', '')} quorums over a different set of servers` +
      (owner !== undefined ? `, so ${owner} may never join them` : '') +
      '.',
    otherAddresses: ({ id, kinds }: Kinds) =>
      `Nodes disagree on server.${id}. server.${id} has different addresses: ${kinds.map((k) => `${k.nodes}: ${k.what}`).join('; ')}. Nodes dial server.${id} where their own list says, so some can never reach it and it never joins their quorum.`,
    otherRoles: ({ id, kinds }: Kinds) =>
      `Nodes disagree on server.${id}. server.${id} is ${kinds.map((k) => `${k.what} for ${k.nodes}`).join(' but ')}: the nodes count different voters, so they disagree on what a quorum is.`,
    otherWeights: ({ id, kinds }: Kinds) =>
      `Nodes disagree on server.${id}. server.${id} is ${kinds.map((k) => `${k.what} for ${k.nodes}`).join(' but ')}: the nodes weigh votes differently, so a leader one node accepts another refuses.`,
    lists: ({ name, servers }: { name: string; servers: string }) => `${name}: lists ${servers}`,
    serverLine: ({ name, id, value }: { name: string; id: string; value: string }) => `${name}: server.${id}=${value}`,
    noServerLine: ({ name, id }: { name: string; id: string }) => `${name}: no server.${id}`,
  },
  hints: {
    splitBrain: "Render every node's server list (and group/weight lines) from one source, stop the smaller side, then restart all nodes with the same list.",
    missingServer: RENDER,
    otherAddresses: RENDER,
    otherRoles: RENDER,
    otherWeights: RENDER,
  },
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
        messageId: 'splitBrain',
        args: { sides: split.map((v) => ({ nodes: names(v.holders), servers: listed(v) })) } satisfies SplitBrain,
        at: nodeTarget(target),
        related: e.nodes
          .filter((n) => n !== target)
          .map((n) => ({ at: nodeTarget(n), messageId: 'lists', args: { name: n.name, servers: ids([...n.model.membership.members.keys()]) } })),
      });
      return;
    }
    /** A node's line for server `id`, or the node's file when it has none. */
    const lineOf = (n: EnsembleNode, id: string): RelatedReport => {
      const d = n.model.membership.members.get(id);
      return d
        ? { at: { occ: d.occ }, messageId: 'serverLine', args: { name: n.name, id, value: d.occ.value } }
        : { at: nodeTarget(n), messageId: 'noServerLine', args: { name: n.name, id } };
    };
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
      const odd = nodes.find((n) => !majorityNodes.includes(n) && viewOf(e, n) !== main) ?? (nodes.find((n) => !majorityNodes.includes(n)) as EnsembleNode);
      const missing = descr.get('missing');
      const present = nodes.filter((n) => n.model.membership.members.has(id));
      const at = lineOf(odd, id).at;
      const related = nodes.filter((n) => n !== odd).map((n) => lineOf(n, id));
      if (missing) {
        const owner = e.nodes.find((n) => n.id === id);
        const args: Missing = {
          id,
          missing: { names: names(missing), count: missing.length },
          present: { names: names(present), count: present.length },
          owner: owner?.name,
        };
        report({ messageId: 'missingServer', args, at, related });
        continue;
      }
      const roles = new Set(present.map((n) => n.model.membership.members.get(id)?.role));
      const addrs = new Set(present.map((n) => addressOf(n.model.membership.members.get(id) as NonNullable<ReturnType<typeof n.model.membership.members.get>>)));
      if (addrs.size > 1) {
        const args: Kinds = { id, kinds: kinds.map(([k, ns]) => ({ nodes: names(ns), what: k.split(' as ')[0] as string })) };
        report({ messageId: 'otherAddresses', args, at, related });
      } else if (roles.size > 1) {
        const args: Kinds = { id, kinds: kinds.map(([k, ns]) => ({ nodes: names(ns), what: `${k.split(' as ')[1]?.split(' in ')[0]}` })) };
        report({ messageId: 'otherRoles', args, at, related });
      } else {
        const args: Kinds = { id, kinds: kinds.map(([k, ns]) => ({ nodes: names(ns), what: `${k.split(' as ')[1]}` })) };
        report({ messageId: 'otherWeights', args, at, related });
      }
    }
  },
});
