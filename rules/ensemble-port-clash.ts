import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import type { EnsembleNode } from '../src/ensemble/node.js';
import { parseJavaInt } from '../src/model/java.js';
import type { Target } from '../src/rule.js';

interface Bind {
  node: EnsembleNode;
  what: string;
  addr: string;
  port: number;
  at: Target;
}

/** At most this many findings per bind (one per earlier bind it clashes with, as for a few nodes). */
const RELATED_CAP = 20;

const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);
const isLoopback = (h: string) => /^127\./.test(h) || h === 'localhost' || h === '::1';

/** The machine a node runs on: its host, with every loopback address being this one machine. */
export function machineOf(n: EnsembleNode): string | undefined {
  const h = n.host ?? n.self?.parsed.addresses[0]?.host;
  if (h === undefined) return undefined;
  return isLoopback(h) ? 'localhost' : h;
}

function bindsOf(n: EnsembleNode): Bind[] {
  const out: Bind[] = [];
  const eff = n.model.static.effective;
  const at = nodeTarget(n);
  const int = (k: string) => {
    const o = eff.get(k);
    const p = o ? parseJavaInt(o.value) : undefined;
    return o && p?.ok ? { port: p.value, at: { occ: o, part: 'value' as const } } : undefined;
  };
  const client = n.self?.parsed.client;
  if (client) out.push({ node: n, what: 'client port', addr: client.host, port: client.port, at });
  else {
    const cp = int('clientPort');
    if (cp) out.push({ node: n, what: 'client port', addr: eff.get('clientPortAddress')?.value ?? '0.0.0.0', port: cp.port, at: cp.at });
  }
  const scp = int('secureClientPort');
  if (scp) out.push({ node: n, what: 'secure client port', addr: eff.get('secureClientPortAddress')?.value ?? '0.0.0.0', port: scp.port, at: scp.at });
  const allIps = (eff.get('quorumListenOnAllIPs')?.value ?? '').toLowerCase() === 'true';
  for (const a of n.self?.parsed.addresses ?? []) {
    const addr = allIps ? '0.0.0.0' : a.host;
    out.push({ node: n, what: 'quorum port', addr, port: a.quorumPort, at });
    if (a.electionPort !== undefined) out.push({ node: n, what: 'election port', addr, port: a.electionPort, at });
  }
  const sp = n.model.systemProps;
  if (sp.get('zookeeper.admin.enableServer') !== 'false') {
    const port = Number(sp.get('zookeeper.admin.serverPort') ?? '8080');
    const occ = eff.get('admin.serverPort');
    if (Number.isInteger(port)) out.push({ node: n, what: 'AdminServer port', addr: sp.get('zookeeper.admin.serverAddress') ?? '0.0.0.0', port, at: occ ? { occ, part: 'value' } : at });
  }
  return out;
}

/** Nodes on one machine must not bind the same address and port, nor share data directories. */
export default defineEnsembleRule({
  id: 'ensemble-port-clash',
  severity: 'error',
  docs: { description: 'Nodes on one host bind the same client/quorum/election/admin port, or share dataDir/dataLogDir.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'Address already in use' },
  check({ ensemble: e, report }) {
    const binds = e.nodes.flatMap(bindsOf);
    // Binds by port: only same-port binds can clash. Each bind is reported once, against the first
    // earlier bind it clashes with (the others counted and the first few related): many configs on
    // one host would otherwise give one finding per pair, quadratic in the number of nodes.
    const byPort = new Map<number, Bind[]>();
    for (const b of binds) {
      const list = byPort.get(b.port);
      if (list) list.push(b);
      else byPort.set(b.port, [b]);
    }
    for (const b of binds) {
      const sameb = byPort.get(b.port) as Bind[];
      const mb = machineOf(b.node);
      if (mb === undefined) continue;
      const clashes: Bind[] = [];
      for (const a of sameb) {
        if (a === b) break; // earlier binds only, as before
        if (a.node === b.node || (a.node.id !== undefined && a.node.id === b.node.id)) continue;
        if (machineOf(a.node) !== mb) continue;
        if (a.addr !== b.addr && !WILDCARD.has(a.addr) && !WILDCARD.has(b.addr)) continue;
        clashes.push(a);
      }
      for (const a of clashes.length > RELATED_CAP ? clashes.slice(0, RELATED_CAP) : clashes) {
        report({
          at: b.at,
          message: `${b.node.name}'s ${b.what} ${b.addr}:${b.port} clashes with ${a.node.name}'s ${a.what} ${a.addr}:${a.port} on the same host: whichever starts second fails with "Address already in use" and never joins.`,
          hint: 'Give each node on one host its own ports (or its own address), e.g. 2181/2182/2183 and 2888:3888/2889:3889/2890:3890.',
          related: [{ at: a.at, message: `${a.node.name}: ${a.what}` }],
          zookeeper: b.what === 'AdminServer port' ? { effect: 'fatal', says: 'Unable to start AdminServer, exiting abnormally' } : { effect: 'fatal', says: 'Address already in use' },
        });
      }
    }
    for (const key of ['dataDir', 'dataLogDir']) {
      const seen = new Map<string, EnsembleNode>();
      for (const n of e.nodes) {
        const occ = n.model.static.effective.get(key);
        const m = machineOf(n);
        // Relative paths resolve against each process's working directory: not comparable here.
        if (!occ || m === undefined || !occ.value.startsWith('/')) continue;
        const k = `${m}\0${occ.value}`;
        const other = seen.get(k);
        if (!other) {
          seen.set(k, n);
          continue;
        }
        const otherOcc = other.model.static.effective.get(key);
        report({
          at: { occ, part: 'value' },
          message: `${n.name} and ${other.name} run on one host with the same ${key} ${occ.value}: they overwrite each other's ${key === 'dataDir' ? 'myid, snapshots' : 'transaction logs'} and corrupt both servers' data.`,
          hint: `Give every node on a host its own ${key}.`,
          zookeeper: { effect: 'silent' },
          related: otherOcc ? [{ at: { occ: otherOcc, part: 'value' }, message: `${other.name}: ${key}` }] : [],
        });
      }
    }
  },
});
