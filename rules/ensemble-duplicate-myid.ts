import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import type { EnsembleNode } from '../src/ensemble/node.js';

const FROM: Record<string, string> = { given: 'given', dataDir: 'from <dataDir>/myid', beside: 'from the myid file beside the config', host: 'from its host' };

/** Two nodes with one id: only one of them can be that server. */
export default defineEnsembleRule({
  id: 'ensemble-duplicate-myid',
  severity: 'error',
  docs: { description: 'Two or more nodes have the same server id (myid).', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ ensemble: e, report }) {
    const byId = new Map<string, EnsembleNode[]>();
    for (const n of e.nodes) if (n.id !== undefined && n.idSource !== 'host') byId.set(n.id, [...(byId.get(n.id) ?? []), n]);
    const claimed = new Set(e.nodes.map((n) => n.id));
    for (const [id, list] of byId) {
      if (list.length < 2) continue;
      const view = list[0]?.model.membership;
      const line = view?.members.get(id);
      const ownerHost = line?.parsed.addresses[0]?.host;
      // The node on server.N's host is the real one; the others are the mistake.
      const rightful = list.find((n) => n.host !== undefined && n.host === ownerHost);
      const wrong = list.filter((n) => n !== rightful);
      const unclaimed = view ? [...view.members.keys()].filter((i) => !claimed.has(i)) : [];
      const target = wrong[wrong.length - 1] as EnsembleNode;
      report({
        at: target.idAt ?? nodeTarget(target),
        message:
          `${list.map((n) => n.name).join(', ')} ${list.length === 2 ? 'both' : 'all'} say they are server.${id} (${list.map((n) => `${n.name} ${FROM[n.idSource]}`).join(', ')}). ` +
          `Only one process can be server.${id}: ${rightful ? `${wrong.map((n) => n.name).join(', ')} (not on ${ownerHost})` : 'the others'} ` +
          `${wrong.length === 1 ? 'tries' : 'try'} to bind server.${id}'s addresses, ${wrong.length === 1 ? 'fails or is' : 'fail or are'} refused by the peers, and never join${wrong.length === 1 ? 's' : ''}` +
          (unclaimed.length ? `; no node runs ${unclaimed.map((i) => `server.${i}`).join(', ')}, so the ensemble has fewer live voters than it counts` : '') +
          '.',
        hint: `Give each node the id of the server line naming its own host${unclaimed.length ? ` (${wrong.map((n) => n.name).join(', ')}: probably ${unclaimed.join(' or ')})` : ''}.`,
        related: list.filter((n) => n !== target).map((n) => ({ at: n.idAt ?? nodeTarget(n), message: `${n.name}: myid ${id}` })),
      });
    }
  },
});
