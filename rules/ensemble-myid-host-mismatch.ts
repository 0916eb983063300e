import { defineEnsembleRule } from '../src/rule.js';
import { ids, nodeTarget } from '../src/ensemble/describe.js';
import { linesNaming, type EnsembleNode } from '../src/ensemble/node.js';

const HOST_FROM: Record<string, string> = { given: 'as given', clientPortAddress: 'its clientPortAddress', folder: 'its folder name' };

/** A node's myid must be the id of the server line that names the node's own host. */
export default defineEnsembleRule({
  id: 'ensemble-myid-host-mismatch',
  severity: 'error',
  docs: { description: "A node's myid is not the id of the server line naming its own host (ids by list position vs by host), or a myid beside its config names no server line.", versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ ensemble: e, report }) {
    const bad: Array<{ n: EnsembleNode; should: string }> = [];
    const unlisted = new Set<EnsembleNode>();
    for (const n of e.nodes) {
      // A myid file beside the config naming no server line: once installed, ZooKeeper stops with
      // "My id N not in the peer list". (<dataDir>/myid and --myid are reported per file.)
      const m = n.model.membership;
      const b = n.besideMyId;
      if (!n.model.distributed || b?.id === undefined || b.id === '-1' || m.members.has(b.id) || m.errors.length > 0 || m.voters.length === 0) continue;
      if (n.model.myid.state === 'ok' && n.model.myid.id === b.id) continue;
      unlisted.add(n);
      const named = n.host !== undefined ? linesNaming(n.model, n.host) : [];
      const free = [...m.members.keys()].filter((i) => !e.nodes.some((o) => o !== n && o.id === i));
      report({
        at: { file: b.file },
        message:
          `${n.name}'s myid file (${b.file}) says ${b.id}, but ${n.name}'s config lists only ${ids([...m.members.keys()])}. ` +
          `Installed as ${n.name}'s myid, ZooKeeper parses the config, then stops with "My id ${b.id} not in the peer list": ${n.name} never joins.`,
        hint: named.length ? `Write ${named[0]?.id} (the server line naming ${n.host}) into ${b.file}.` : `Write this node's id (${free.length === 1 ? `probably ${free[0]}, the id no other node has` : `one of ${(free.length ? free : [...m.members.keys()]).join(', ')}`}) into ${b.file}, or add a server.${b.id} line to every node's config.`,
        related: [
          ...m.lines.map((d) => ({ at: { occ: d.occ }, message: `server.${d.id ?? '?'}` })),
          ...e.nodes.filter((o) => o !== n).map((o) => ({ at: o.idAt ?? nodeTarget(o), message: `${o.name}: myid ${o.id ?? '?'}` })),
        ],
        zookeeper: { effect: 'fatal', says: `My id ${b.id} not in the peer list` },
      });
    }
    for (const n of e.nodes) {
      if (unlisted.has(n)) continue;
      if (n.id === undefined || n.host === undefined || n.idSource === 'host' || !n.model.distributed) continue;
      const named = linesNaming(n.model, n.host);
      if (named.length === 0 || named.some((d) => d.id === n.id)) continue;
      bad.push({ n, should: named[0]?.id as string });
    }
    if (bad.length === 0) return;
    const sorted = [...e.nodes].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    const byPosition = bad.every(({ n }) => String(sorted.indexOf(n) + 1) === n.id);
    for (const { n, should } of bad) {
      const self = n.self;
      report({
        at: n.idAt ?? nodeTarget(n),
        message:
          `${n.name} runs on ${n.host} (${HOST_FROM[n.hostSource]}), where server.${should} lives, but its myid says ${n.id}` +
          (self ? ` (server.${n.id} is ${self.parsed.addresses[0]?.host})` : '') +
          `. It takes server.${n.id}'s identity: it binds or advertises the wrong addresses, peers reach the wrong process, and server.${should} never joins.` +
          (byPosition ? ' The ids follow the nodes\' order (1, 2, 3…) while the server lines are assigned by host: ids were derived from two sources.' : ''),
        hint: `Write ${should} into ${n.name}'s myid, and derive myid and the server lines from the same host→id map.`,
        related: [
          ...(self ? [{ at: { occ: self.occ }, message: `server.${n.id}` }] : []),
          ...linesNaming(n.model, n.host as string).map((d) => ({ at: { occ: d.occ }, message: `${n.host} is server.${d.id}` })),
          // The nodes involved: the one on server.<myid>'s host, and others claiming the same id.
          ...e.nodes
            .filter((o) => o !== n && ((self && o.host !== undefined && self.parsed.addresses.some((a) => a.host === o.host)) || o.id === n.id))
            .map((o) => ({ at: o.idAt ?? nodeTarget(o), message: `${o.name}: on ${o.host ?? '?'}, myid ${o.id ?? '?'}` })),
        ],
      });
    }
  },
});
