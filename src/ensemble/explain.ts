/** `zklint explain`: the servers of each ensemble, its quorum, and what failures it survives. */
import type { ZkModel } from '../model/zk-model.js';
import { printable } from '../format/printable.js';
import { breakingSets, describeQuorum, zoneLosses } from './quorum.js';
import type { Ensemble } from './rule.js';

export interface ExplainServer {
  id: string;
  host: string;
  quorumPort: number;
  electionPort: number | null;
  client: string | null;
  role: string;
  group: string | null;
  weight: string | null;
  zone: string | null;
  /** The node that runs it, when known from myid or host. */
  node: string | null;
  /** Config files whose server lines say so (with this exact address and role). */
  files: string[];
}

export interface ExplainEnsemble {
  name: string;
  nodes: Array<{ name: string; file: string; id: string | null; idFrom: string; host: string | null }>;
  /** Distinct memberships among the nodes (1 when they agree). */
  memberships: number;
  servers: ExplainServer[];
  quorum: { kind: 'majority' | 'hierarchical'; rule: string; voters: number; observers: number } | null;
  survives: number;
  smallestBreakingSets: string[][];
  zones: Array<{ zone: string; hosts: string[]; voters: string[]; survives: boolean }>;
}

/**
 * server id → zone and zone → hosts, from a zone map keyed by server id or host (an id key wins)
 * and the servers' addresses.
 */
export function zonesOfServers(model: ZkModel, zones: ReadonlyMap<string, string>) {
  const zoneOf = new Map<string, string>();
  const hostsOf = new Map<string, string[]>();
  for (const d of model.membership.members.values()) {
    const byId = zones.get(d.id as string);
    const host = byId !== undefined ? d.parsed.addresses[0]?.host ?? `server.${d.id}` : d.parsed.addresses.find((a) => zones.has(a.host))?.host;
    if (host === undefined) continue;
    const z = byId ?? (zones.get(host) as string);
    zoneOf.set(d.id as string, z);
    const list = hostsOf.get(z) ?? [];
    if (!list.includes(host)) list.push(host);
    hostsOf.set(z, list);
  }
  return { zoneOf, hostsOf };
}

export function explainEnsemble(e: Ensemble): ExplainEnsemble {
  const main = e.views[0];
  const out: ExplainEnsemble = {
    name: e.name,
    nodes: e.nodes.map((n) => ({ name: n.name, file: n.file, id: n.id ?? null, idFrom: n.idSource, host: n.host ?? null })),
    memberships: e.views.length,
    servers: [],
    quorum: null,
    survives: 0,
    smallestBreakingSets: [],
    zones: [],
  };
  if (!main) return out;
  const m = main.model.membership;
  const { zoneOf } = zonesOfServers(main.model, e.zones);
  for (const d of [...m.members.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
    const id = d.id as string;
    const a = d.parsed.addresses[0];
    const files = e.nodes
      .filter((n) => {
        const x = n.model.membership.members.get(id);
        return x && x.occ.value === d.occ.value;
      })
      .map((n) => n.model.membership.file.source.path);
    const runner = e.nodes.find((n) => n.id === id);
    out.servers.push({
      id,
      host: d.parsed.addresses.map((x) => x.host).join('|'),
      quorumPort: a?.quorumPort ?? 0,
      electionPort: a?.electionPort ?? null,
      client: d.parsed.client ? `${d.parsed.client.hostGiven ? `${d.parsed.client.host}:` : ''}${d.parsed.client.port}` : null,
      role: d.role,
      group: m.hierarchical ? (m.groupOf.get(id) ?? null) : null,
      weight: m.hierarchical ? String(m.weights.get(id) ?? 1n) : null,
      zone: zoneOf.get(id) ?? null,
      node: runner?.name ?? null,
      files,
    });
  }
  const q = e.quorum;
  if (q && main.model.distributed) {
    out.quorum = { kind: q.hierarchical ? 'hierarchical' : 'majority', rule: describeQuorum(q), voters: q.voters.length, observers: q.observers.length };
    const b = breakingSets(q);
    out.survives = b.tolerated;
    out.smallestBreakingSets = b.smallest;
    const { hostsOf } = zonesOfServers(main.model, e.zones);
    out.zones = zoneLosses(q, zoneOf, hostsOf);
  }
  return out;
}

function table(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
}

export function renderExplain(list: readonly ExplainEnsemble[], total: number): string {
  const out: string[] = [];
  for (const x of list) {
    out.push(`Ensemble: ${printable(x.name)} (${x.nodes.length} config${x.nodes.length === 1 ? '' : 's'})`);
    if (x.memberships > 1) out.push(`  ! the nodes hold ${x.memberships} different server lists; shown: the most widely held one`);
    const files = [...new Set(x.servers.flatMap((s) => s.files))];
    const said = (s: ExplainServer) => (s.files.length === files.length && files.length > 1 ? 'all' : s.files.map(printable).join(', '));
    const rows = [['id', 'host', 'quorum:election', 'client', 'role', 'group/weight', 'zone', 'node', 'said by']];
    for (const s of x.servers) {
      rows.push([
        s.id,
        printable(s.host),
        `${s.quorumPort}:${s.electionPort ?? '-'}`,
        s.client ?? '-',
        s.role,
        s.group !== null ? `${s.group}/${s.weight}` : '-',
        s.zone ?? '-',
        s.node ? printable(s.node) : '-',
        said(s),
      ]);
    }
    for (const l of table(rows)) out.push(`  ${l}`);
    if (!x.quorum) {
      out.push('  standalone: no quorum; survives no failure');
    } else {
      out.push(`  quorum: ${x.quorum.rule} (${x.quorum.kind}; ${x.quorum.voters} voter${x.quorum.voters === 1 ? '' : 's'}, ${x.quorum.observers} observer${x.quorum.observers === 1 ? '' : 's'})`);
      out.push(`  survives: ${x.survives} failure${x.survives === 1 ? '' : 's'}`);
      out.push(`  smallest breaking sets: ${x.smallestBreakingSets.map((s) => `{${s.join(', ')}}`).join(' ') || '-'}`);
      for (const z of x.zones) out.push(`  zone ${printable(z.zone)} (${z.voters.length} voter${z.voters.length === 1 ? '' : 's'}): losing it ${z.survives ? 'is survived' : 'breaks the quorum'}`);
    }
    out.push('');
  }
  if (list.length === 0) out.push(`no ensembles found in ${total} config${total === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
