import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import type { EnsembleNode } from '../src/ensemble/node.js';

const FROM: Record<string, string> = { given: 'given', dataDir: 'from <dataDir>/myid', beside: 'from the myid file beside the config', host: 'from its host' };

type Duplicate = {
  id: string;
  /** Every node claiming the id, with where its id came from. */
  claimants: ReadonlyArray<{ name: string; from: string }>;
  /** The nodes that are not server.<id> (all but the one on its host, when known). */
  wrong: readonly string[];
  /** server.<id>'s host, when one claimant runs there. */
  ownerHost?: string;
  /** Ids of the server list no node runs. */
  unclaimed: readonly string[];
};

function sentence({ id, claimants, wrong, ownerHost, unclaimed }: Duplicate): string {
  const one = wrong.length === 1;
  return (
    `${claimants.map((c) => c.name).join(', ')} ${claimants.length === 2 ? 'both' : 'all'} say they are server.${id} (${claimants.map((c) => `${c.name} ${FROM[c.from]}`).join(', ')}). ` +
    `Only one process can be server.${id}: ${ownerHost !== undefined ? `${wrong.join(', ')} (not on ${ownerHost})` : 'the others'} ` +
    `${one ? 'tries' : 'try'} to bind server.${id}'s addresses, ${one ? 'fails or is' : 'fail or are'} refused by the peers, and never join${one ? 's' : ''}` +
    (unclaimed.length ? `; no node runs ${unclaimed.map((i) => `server.${i}`).join(', ')}, so the ensemble has fewer live voters than it counts` : '') +
    '.'
  );
}

/** Two nodes with one id: only one of them can be that server. */
export default defineEnsembleRule({
  id: 'ensemble-duplicate-myid',
  severity: 'error',
  versions: 'all',
  docs: { description: 'Two or more nodes have the same server id (myid).' },
  zookeeper: { effect: 'silent' },
  messages: {
    duplicate: sentence,
    claimant: ({ name, id }: { name: string; id: string }) => `${name}: myid ${id}`,
  },
  hints: {
    duplicate: ({ wrong, unclaimed }: Duplicate) =>
      `Give each node the id of the server line naming its own host${unclaimed.length ? ` (${wrong.join(', ')}: probably ${unclaimed.join(' or ')})` : ''}.`,
  },
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
      const target = wrong[wrong.length - 1] as EnsembleNode;
      const args: Duplicate = {
        id,
        claimants: list.map((n) => ({ name: n.name, from: n.idSource })),
        wrong: wrong.map((n) => n.name),
        ownerHost: rightful ? ownerHost : undefined,
        unclaimed: view ? [...view.members.keys()].filter((i) => !claimed.has(i)) : [],
      };
      report({
        messageId: 'duplicate',
        args,
        at: target.idAt ?? nodeTarget(target),
        related: list.filter((n) => n !== target).map((n) => ({ at: n.idAt ?? nodeTarget(n), messageId: 'claimant', args: { name: n.name, id } })),
      });
    }
  },
});
