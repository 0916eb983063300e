import { defineRule, type Report } from '../src/rule.js';
import { adminServer, clientListener, ownServer, sameMachineBind } from '../src/model/addresses.js';
import { atLeast } from '../src/model/version.js';
import type { ServerDecl } from '../src/model/membership.js';
import type { ZkModel } from '../src/model/zk-model.js';

const BIND = 'Address already in use';

/** `port`: the shared port; `own`: this server's id; `other`: the other server's id; `host`: their machine; `what`: which listeners. */
type Args = { port: number; own: string; other: string; host: string; what: string; otherWhat: string; portWritten: boolean };

/**
 * Ports ZooKeeper only discovers when it binds them: parsing never compares ports, so these
 * configs are accepted and fail (or half-fail) at start. Needs to know which line is this server's.
 */
export default defineRule({
  id: 'port-conflict',
  severity: 'warning',
  // The AdminServer exists from 3.5 on: its clashes are checked only there.
  versions: 'all',
  docs: {
    description: 'Two listeners of one machine on the same port: client port vs own quorum/election port, AdminServer 8080, servers sharing a host.',
  },
  zookeeper: { effect: 'fatal', says: BIND },
  messages: {
    clientIsElectionPort: ({ port, own }: Args) =>
      `The client port ${port} is also this server's election port (server.${own}). ZooKeeper binds the client port first, ` +
      `then cannot bind the election port: "Address already in use", and after 3 retries it exits (code 14).`,
    clientIsQuorumPort: ({ port, own }: Args) =>
      `The client port ${port} is also this server's quorum port (server.${own}). It starts as long as it follows, ` +
      `but the moment it is elected leader it cannot bind the quorum port ("Address already in use") and the ensemble loses its leader.`,
    adminServerPort: ({ port, what }: Args) =>
      `The AdminServer (enabled by default) listens on port ${port}, which is also ${what}. One of the two cannot bind: ` +
      `a standalone server exits ("Unable to start AdminServer"), a quorum member runs without one of them.`,
    sharedHostPort: ({ port, own, other, host, what, otherWhat }: Args) =>
      `server.${own} and server.${other} are on the same host (${host}) and both use port ${port} ` +
      `(${what} vs ${otherWhat}). Only one of them can bind it; ZooKeeper does not compare ports when it reads the file.`,
    ownLine: 'the own server line',
    server: ({ other }: Args) => `server.${other}`,
  },
  hints: {
    clientIsElectionPort: ({ port }: Args) => `Give clients their own port, e.g. clientPort=2181, and keep ${port} for elections.`,
    clientIsQuorumPort: ({ port }: Args) => `Give clients their own port, e.g. clientPort=2181, and keep ${port} for followers.`,
    adminServerPort: ({ portWritten }: Args) =>
      portWritten
        ? `Pick a free port for admin.serverPort, or set admin.enableServer=false.`
        : `Set admin.serverPort to a free port (e.g. admin.serverPort=8081), or admin.enableServer=false if you do not use it.`,
    sharedHostPort: 'Servers sharing a host need distinct ports, e.g. 2888:3888, 2889:3889, 2890:3890.',
  },
  check({ model, report, shown }) {
    if (model.membership.errors.length > 0) return;
    const own = ownServer(model);
    const client = clientListener(model);
    const clientOcc = model.static.effective.get('clientPort') ?? own?.occ;

    // 1. Client port against this server's own quorum / election port.
    if (model.distributed && own && client && clientOcc) {
      for (const a of own.parsed.addresses) {
        if (a.electionPort !== client.port && a.quorumPort !== client.port) continue; // usually: distinct ports
        if (!sameMachineBind(client.host, a.host)) continue;
        if (a.electionPort === client.port) {
          report({
            messageId: 'clientIsElectionPort',
            args: { port: client.port, own: own.id } as Args,
            at: { occ: clientOcc, part: client.from === 'clientPort' ? 'value' : 'line' },
            severity: 'error',
            related: [{ at: { occ: own.occ, part: 'value' }, messageId: 'ownLine' }],
            zookeeper: { effect: 'fatal', says: BIND },
          });
        } else if (a.quorumPort === client.port) {
          report({
            messageId: 'clientIsQuorumPort',
            args: { port: client.port, own: own.id } as Args,
            at: { occ: clientOcc, part: client.from === 'clientPort' ? 'value' : 'line' },
            related: [{ at: { occ: own.occ, part: 'value' }, messageId: 'ownLine' }],
            zookeeper: { effect: 'warning', says: BIND },
          });
        }
      }
    }

    // 2. AdminServer (on by default since 3.5, port 8080 on all interfaces).
    if (atLeast(model.version, '3.5')) {
      const admin = adminServer(model);
      if (admin.enabled) {
        if (client && client.port === admin.port && clientOcc) reportAdminClash(model, report, admin, 'the client port', { occ: clientOcc, part: 'value' }, client.host);
        const secure = model.static.effective.get('secureClientPort');
        if (secure && secure.value === String(admin.port)) reportAdminClash(model, report, admin, 'the secure client port', { occ: secure, part: 'value' }, '0.0.0.0');
        if (model.distributed && own) {
          for (const a of own.parsed.addresses) {
            if (a.quorumPort === admin.port || a.electionPort === admin.port) {
              reportAdminClash(model, report, admin, `this server's ${a.quorumPort === admin.port ? 'quorum' : 'election'} port`, { occ: own.occ, part: 'value' }, a.host);
            }
          }
        }
      }
    }

    // 3. Several server lines on one host sharing a port.
    if (!model.distributed) return;
    // Each member is compared with the earliest earlier member on its machine that uses one of its
    // ports, found through a map machine → port → first member using it: linear in the server lines,
    // with no object made per member that shares nothing.
    const firstOn = new Map<string, Map<number, number>>();
    const byIndex: ServerDecl[] = [];
    const claiming: Claiming = { ports: new Map(), i: 0, a: -1 };
    for (const b of model.membership.members.values()) {
      const i = byIndex.push(b) - 1;
      const machine = machineOf(b);
      if (machine === '') continue;
      let ports = firstOn.get(machine);
      if (ports === undefined) firstOn.set(machine, (ports = new Map()));
      // The earliest member that took one of this line's ports first (-1: none).
      claiming.ports = ports;
      claiming.i = i;
      claiming.a = -1;
      visitPorts(b, claiming, claim);
      const a = claiming.a;
      if (a < 0) continue;
      const at = { occ: b.occ, part: 'value' } as const;
      // Past the first 1,000 findings it is only counted: nothing to work out for its words.
      if (shown?.(at) === false) {
        report({ messageId: 'sharedHostPort', args: {} as Args, at });
        continue;
      }
      const other = byIndex[a] as ServerDecl;
      const hit = firstShared(portsOf(other), portsOf(b));
      if (hit === undefined) continue; // never: the two share a port
      report({
        messageId: 'sharedHostPort',
        args: { port: hit.port, own: b.id, other: other.id, host: machine, what: hit.what, otherWhat: hit.otherWhat } as Args,
        at,
        related: [{ at: { occ: other.occ, part: 'value' }, messageId: 'server', args: { other: other.id } }],
        zookeeper: { effect: 'warning', says: BIND },
      });
    }
  },
});

type PortKind = 'quorum' | 'election' | 'client';

/** Member `i` claiming its ports on one machine (`ports`: port → first member using it); `a`: the earliest member that took one first, or -1. */
interface Claiming {
  ports: Map<number, number>;
  i: number;
  a: number;
}

/** Member `i` binds `port`: recorded when it is the first, else the earlier member that took it may become `a`. */
function claim(c: Claiming, port: number): void {
  const first = c.ports.get(port);
  if (first === undefined) c.ports.set(port, c.i);
  else if (first !== c.i && (c.a < 0 || first < c.a)) c.a = first;
}

/**
 * Every port a server line binds, in one order: quorum and election port of each address, then
 * the client port. `visit` gets `state` back, so a caller looping over many lines passes one
 * reused object and a module-level function, and nothing is made per line.
 */
function visitPorts<S>(d: ServerDecl, state: S, visit: (state: S, port: number, kind: PortKind) => void): void {
  for (const a of d.parsed.addresses) {
    visit(state, a.quorumPort, 'quorum');
    if (a.electionPort !== undefined) visit(state, a.electionPort, 'election');
  }
  const client = d.parsed.client;
  if (client && client.port > 0) visit(state, client.port, 'client');
}

/** The first (in `theirs` order, then `mine`) port two servers share, with what each uses it for. */
function firstShared(theirs: readonly (number | PortKind)[], mine: readonly (number | PortKind)[]): { port: number; what: PortKind; otherWhat: PortKind } | undefined {
  for (let j = 0; j < theirs.length; j += 2) {
    for (let k = 0; k < mine.length; k += 2) {
      if (theirs[j] === mine[k]) return { port: mine[k] as number, what: mine[k + 1] as PortKind, otherWhat: theirs[j + 1] as PortKind };
    }
  }
  return undefined;
}

/**
 * A server's machine is named by its quorum host; its client listener (even when written as
 * 127.0.0.1 or without a host) is on that same machine.
 */
function machineOf(d: ServerDecl): string {
  return (d.parsed.addresses[0]?.host ?? '').toLowerCase();
}

/** Every port a server line binds, as pairs (port, what), in `visitPorts` order. */
function portsOf(d: ServerDecl): Array<number | PortKind> {
  const out: Array<number | PortKind> = [];
  visitPorts(d, out, pushPort);
  return out;
}

function pushPort(out: Array<number | PortKind>, port: number, kind: PortKind): void {
  out.push(port, kind);
}

/** The AdminServer's port is also `what` (bound on `host`): one of the two cannot bind when they share a machine. */
function reportAdminClash(
  model: ZkModel,
  report: (r: Report<'adminServerPort'>) => void,
  admin: { port: number; host: string },
  what: string,
  occ: Report['at'],
  host: string,
): void {
  if (!sameMachineBind(admin.host, host)) return;
  const adminOcc = model.static.effective.get('admin.serverPort');
  report({
    messageId: 'adminServerPort',
    args: { port: admin.port, what, portWritten: adminOcc !== undefined } as Args,
    at: adminOcc ? { occ: adminOcc, part: 'value' } : occ,
    zookeeper: { effect: 'warning', says: 'Problem starting AdminServer' },
  });
}
