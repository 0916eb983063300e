import { defineRule, type LegacyReport as Report } from '../src/rule.js';
import { adminServer, clientListener, ownServer, sameMachineBind } from '../src/model/addresses.js';
import { atLeast } from '../src/model/version.js';
import type { ServerDecl } from '../src/model/membership.js';
import type { ZkModel } from '../src/model/zk-model.js';

const BIND = 'Address already in use';

/**
 * Ports ZooKeeper only discovers when it binds them: parsing never compares ports, so these
 * configs are accepted and fail (or half-fail) at start. Needs to know which line is this server's.
 */
export default defineRule({
  id: 'port-conflict',
  severity: 'warning',
  docs: {
    description: 'Two listeners of one machine on the same port: client port vs own quorum/election port, AdminServer 8080, servers sharing a host.',
    versions: 'all (AdminServer: 3.5+)',
  },
  zookeeper: { effect: 'fatal', says: BIND },
  check({ model, report }) {
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
            at: { occ: clientOcc, part: client.from === 'clientPort' ? 'value' : 'line' },
            severity: 'error',
            message:
              `The client port ${client.port} is also this server's election port (server.${own.id}). ZooKeeper binds the client port first, ` +
              `then cannot bind the election port: "Address already in use", and after 3 retries it exits (code 14).`,
            hint: `Give clients their own port, e.g. clientPort=2181, and keep ${client.port} for elections.`,
            related: [{ at: { occ: own.occ, part: 'value' }, message: 'the own server line' }],
            zookeeper: { effect: 'fatal', says: BIND },
          });
        } else if (a.quorumPort === client.port) {
          report({
            at: { occ: clientOcc, part: client.from === 'clientPort' ? 'value' : 'line' },
            message:
              `The client port ${client.port} is also this server's quorum port (server.${own.id}). It starts as long as it follows, ` +
              `but the moment it is elected leader it cannot bind the quorum port ("Address already in use") and the ensemble loses its leader.`,
            hint: `Give clients their own port, e.g. clientPort=2181, and keep ${client.port} for followers.`,
            related: [{ at: { occ: own.occ, part: 'value' }, message: 'the own server line' }],
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
    // Each member is compared with the first earlier member on its machine that uses one of its
    // ports, found through a map (machine, port) → first member: linear in the server lines.
    const firstOn = new Map<string, ServerDecl>();
    const order = new Map<ServerDecl, number>();
    for (const b of model.membership.members.values()) {
      order.set(b, order.size);
      const machine = machineOf(b);
      if (machine === '') continue;
      const portsB = portsOf(b);
      let a: ServerDecl | undefined;
      for (const pb of portsB) {
        const key = `${machine}\0${pb.port}`;
        const first = firstOn.get(key);
        if (first === undefined) firstOn.set(key, b);
        else if (first !== b && (a === undefined || (order.get(first) as number) < (order.get(a) as number))) a = first;
      }
      if (a === undefined) continue;
      const hit = portsOf(a).flatMap((pa) =>
        portsB
          .filter((pb) => pb.port === pa.port)
          .map((pb) => ({ pa, pb: { ...pb, host: machine } })),
      )[0];
      if (!hit) continue;
      report({
        at: { occ: b.occ, part: 'value' },
        message:
          `server.${b.id} and server.${a.id} are on the same host (${hit.pb.host}) and both use port ${hit.pb.port} ` +
          `(${hit.pb.what} vs ${hit.pa.what}). Only one of them can bind it; ZooKeeper does not compare ports when it reads the file.`,
        hint: 'Servers sharing a host need distinct ports, e.g. 2888:3888, 2889:3889, 2890:3890.',
        related: [{ at: { occ: a.occ, part: 'value' }, message: `server.${a.id}` }],
        zookeeper: { effect: 'warning', says: BIND },
      });
    }
  },
});

/**
 * A server's machine is named by its quorum host; its client listener (even when written as
 * 127.0.0.1 or without a host) is on that same machine.
 */
function machineOf(d: ServerDecl): string {
  return (d.parsed.addresses[0]?.host ?? '').toLowerCase();
}

/** Every port a server line binds: quorum and election per address, and the client port. */
function portsOf(d: ServerDecl): Array<{ port: number; what: string }> {
  const out: Array<{ port: number; what: string }> = [];
  for (const a of d.parsed.addresses) {
    out.push({ port: a.quorumPort, what: 'quorum' });
    if (a.electionPort !== undefined) out.push({ port: a.electionPort, what: 'election' });
  }
  if (d.parsed.client && d.parsed.client.port > 0) out.push({ port: d.parsed.client.port, what: 'client' });
  return out;
}

/** The AdminServer's port is also `what` (bound on `host`): one of the two cannot bind when they share a machine. */
function reportAdminClash(
  model: ZkModel,
  report: (r: Report) => void,
  admin: { port: number; host: string },
  what: string,
  occ: Report['at'],
  host: string,
): void {
  if (!sameMachineBind(admin.host, host)) return;
  const adminOcc = model.static.effective.get('admin.serverPort');
  report({
    at: adminOcc ? { occ: adminOcc, part: 'value' } : occ,
    message:
      `The AdminServer (enabled by default) listens on port ${admin.port}, which is also ${what}. One of the two cannot bind: ` +
      `a standalone server exits ("Unable to start AdminServer"), a quorum member runs without one of them.`,
    hint: adminOcc
      ? `Pick a free port for admin.serverPort, or set admin.enableServer=false.`
      : `Set admin.serverPort to a free port (e.g. admin.serverPort=8081), or admin.enableServer=false if you do not use it.`,
    zookeeper: { effect: 'warning', says: 'Problem starting AdminServer' },
  });
}
