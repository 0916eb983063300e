import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import type { EnsembleNode } from '../src/ensemble/node.js';
import { parseJavaInt } from '../src/model/java.js';
import { boolSetting } from '../src/model/zk-model.js';
import { adminServer, isLoopback, isWildcard } from '../src/model/addresses.js';
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

/** An empty bind address is taken as binding everywhere (it clashes with any address on the machine). */
const bindsEverywhere = (h: string) => h === '' || isWildcard(h);

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
  const allIps = boolSetting(n.model, 'quorumListenOnAllIPs', false);
  for (const a of n.self?.parsed.addresses ?? []) {
    const addr = allIps ? '0.0.0.0' : a.host;
    out.push({ node: n, what: 'quorum port', addr, port: a.quorumPort, at });
    if (a.electionPort !== undefined) out.push({ node: n, what: 'election port', addr, port: a.electionPort, at });
  }
  const admin = adminServer(n.model);
  if (admin.enabled) {
    const occ = eff.get('admin.serverPort');
    out.push({ node: n, what: 'AdminServer port', addr: admin.host, port: admin.port, at: occ ? { occ, part: 'value' } : at });
  }
  return out;
}

type Clash = { name: string; what: string; addr: string; port: number; otherName: string; otherWhat: string; otherAddr: string; otherPort: number };
type SharedDir = { name: string; otherName: string; key: string; path: string };

/** Nodes on one machine must not bind the same address and port, nor share data directories. */
export default defineEnsembleRule({
  id: 'ensemble-port-clash',
  severity: 'error',
  versions: 'all',
  docs: { description: 'Nodes on one host bind the same client/quorum/election/admin port, or share dataDir/dataLogDir.' },
  zookeeper: { effect: 'fatal', says: 'Address already in use' },
  messages: {
    portClash: (c: Clash) =>
      `${c.name}'s ${c.what} ${c.addr}:${c.port} clashes with ${c.otherName}'s ${c.otherWhat} ${c.otherAddr}:${c.otherPort} on the same host: whichever starts second fails with "Address already in use" and never joins.`,
    sharedDir: ({ name, otherName, key, path }: SharedDir) =>
      `${name} and ${otherName} run on one host with the same ${key} ${path}: they overwrite each other's ${key === 'dataDir' ? 'myid, snapshots' : 'transaction logs'} and corrupt both servers' data.`,
    nodeBind: ({ name, what }: { name: string; what: string }) => `${name}: ${what}`,
  },
  hints: {
    portClash: 'Give each node on one host its own ports (or its own address), e.g. 2181/2182/2183 and 2888:3888/2889:3889/2890:3890.',
    sharedDir: ({ key }: SharedDir) => `Give every node on a host its own ${key}.`,
  },
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
        if (a.addr !== b.addr && !bindsEverywhere(a.addr) && !bindsEverywhere(b.addr)) continue;
        clashes.push(a);
      }
      for (const a of clashes.length > RELATED_CAP ? clashes.slice(0, RELATED_CAP) : clashes) {
        const args: Clash = { name: b.node.name, what: b.what, addr: b.addr, port: b.port, otherName: a.node.name, otherWhat: a.what, otherAddr: a.addr, otherPort: a.port };
        report({
          messageId: 'portClash',
          args,
          at: b.at,
          related: [{ at: a.at, messageId: 'nodeBind', args: { name: a.node.name, what: a.what } }],
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
          messageId: 'sharedDir',
          args: { name: n.name, otherName: other.name, key, path: occ.value } satisfies SharedDir,
          at: { occ, part: 'value' },
          zookeeper: { effect: 'silent' },
          related: otherOcc ? [{ at: { occ: otherOcc, part: 'value' }, messageId: 'nodeBind', args: { name: other.name, what: key } }] : [],
        });
      }
    }
  },
});
