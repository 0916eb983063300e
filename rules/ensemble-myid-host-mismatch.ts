import { defineEnsembleRule, type RelatedReport } from '../src/rule.js';
import { ids, nodeTarget } from '../src/ensemble/describe.js';
import { linesNaming, type EnsembleNode } from '../src/ensemble/node.js';

const HOST_FROM: Record<string, string> = { given: 'as given', clientPortAddress: 'its clientPortAddress', folder: 'its folder name' };

type Unlisted = {
  name: string;
  file: string;
  id: string;
  /** The ids the node's config lists. */
  members: readonly string[];
  /** The server line naming the node's host, when there is one. */
  named?: { id: string; host: string };
  /** Ids no other node has. */
  free: readonly string[];
};
type WrongId = {
  name: string;
  host: string;
  hostFrom: string;
  id: string;
  should: string;
  /** The host of server.<id>, when the node's config has that line. */
  selfHost?: string;
  byPosition: boolean;
};

/** A node's myid must be the id of the server line that names the node's own host. */
export default defineEnsembleRule({
  id: 'ensemble-myid-host-mismatch',
  severity: 'error',
  versions: 'all',
  docs: { description: "A node's myid is not the id of the server line naming its own host (ids by list position vs by host), or a myid beside its config names no server line." },
  zookeeper: { effect: 'silent' },
  messages: {
    unlisted: ({ name, file, id, members }: Unlisted) =>
      `${name}'s myid file (${file}) says ${id}, but ${name}'s config lists only ${ids(members)}. ` +
      `Installed as ${name}'s myid, ZooKeeper parses the config, then stops with "My id ${id} not in the peer list": ${name} never joins.`,
    wrongId: ({ name, host, hostFrom, id, should, selfHost, byPosition }: WrongId) =>
      `${name} runs on ${host} (${HOST_FROM[hostFrom]}), where server.${should} lives, but its myid says ${id}` +
      (selfHost !== undefined ? ` (server.${id} is ${selfHost})` : '') +
      `. It takes server.${id}'s identity: it binds or advertises the wrong addresses, peers reach the wrong process, and server.${should} never joins.` +
      (byPosition ? " The ids follow the nodes' order (1, 2, 3…) while the server lines are assigned by host: ids were derived from two sources." : ''),
    server: ({ id }: { id: string }) => `server.${id}`,
    hostIs: ({ host, id }: { host: string; id: string }) => `${host} is server.${id}`,
    nodeMyid: ({ name, id }: { name: string; id: string }) => `${name}: myid ${id}`,
    nodeOn: ({ name, host, id }: { name: string; host: string; id: string }) => `${name}: on ${host}, myid ${id}`,
  },
  hints: {
    unlisted: ({ file, id, members, named, free }: Unlisted) =>
      named
        ? `Write ${named.id} (the server line naming ${named.host}) into ${file}.`
        : `Write this node's id (${free.length === 1 ? `probably ${free[0]}, the id no other node has` : `one of ${(free.length ? free : members).join(', ')}`}) into ${file}, or add a server.${id} line to every node's config.`,
    wrongId: ({ name, should }: WrongId) => `Write ${should} into ${name}'s myid, and derive myid and the server lines from the same host→id map.`,
  },
  check({ ensemble: e, report }) {
    const bad: Array<{ n: EnsembleNode; should: string }> = [];
    const unlisted = new Set<EnsembleNode>();
    for (const n of e.nodes) {
      // A myid file beside the config naming no server line: once installed, ZooKeeper stops with
      // "My id N not in the peer list". (<dataDir>/myid and a given id are reported per file.)
      const m = n.model.membership;
      const b = n.besideMyId;
      if (!n.model.distributed || b?.id === undefined || b.id === '-1' || m.members.has(b.id) || m.errors.length > 0 || m.voters.length === 0) continue;
      if (n.model.myid.state === 'ok' && n.model.myid.id === b.id) continue;
      unlisted.add(n);
      const named = n.host !== undefined ? linesNaming(n.model, n.host) : [];
      const args: Unlisted = {
        name: n.name,
        file: b.file,
        id: b.id,
        members: [...m.members.keys()],
        named: named.length ? { id: named[0]?.id as string, host: n.host as string } : undefined,
        free: [...m.members.keys()].filter((i) => !e.nodes.some((o) => o !== n && o.id === i)),
      };
      report({
        messageId: 'unlisted',
        args,
        at: { file: b.file },
        related: [
          ...m.lines.map((d): RelatedReport => ({ at: { occ: d.occ }, messageId: 'server', args: { id: d.id ?? '?' } })),
          ...e.nodes.filter((o) => o !== n).map((o): RelatedReport => ({ at: o.idAt ?? nodeTarget(o), messageId: 'nodeMyid', args: { name: o.name, id: o.id ?? '?' } })),
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
      const host = n.host as string;
      const args: WrongId = { name: n.name, host, hostFrom: n.hostSource, id: n.id as string, should, selfHost: self ? `${self.parsed.addresses[0]?.host}` : undefined, byPosition };
      report({
        messageId: 'wrongId',
        args,
        at: n.idAt ?? nodeTarget(n),
        related: [
          ...(self ? [{ at: { occ: self.occ }, messageId: 'server', args: { id: n.id } }] : []),
          ...linesNaming(n.model, host).map((d): RelatedReport => ({ at: { occ: d.occ }, messageId: 'hostIs', args: { host, id: d.id } })),
          // The nodes involved: the one on server.<myid>'s host, and others claiming the same id.
          ...e.nodes
            .filter((o) => o !== n && ((self && o.host !== undefined && self.parsed.addresses.some((a) => a.host === o.host)) || o.id === n.id))
            .map((o): RelatedReport => ({ at: o.idAt ?? nodeTarget(o), messageId: 'nodeOn', args: { name: o.name, host: o.host ?? '?', id: o.id ?? '?' } })),
        ],
      });
    }
  },
});
