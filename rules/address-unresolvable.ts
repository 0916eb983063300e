import { defineRule } from '../src/rule.js';
import { isIP } from 'node:net';
import { neverResolves } from '../src/model/addresses.js';
import { parseJavaInt } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';

type Args = { key: string; host: string };

const ADMIN_SAYS = 'Unresolved address';

/** Addresses ZooKeeper resolves at start-up that no resolver can answer. */
export default defineRule({
  id: 'address-unresolvable',
  severity: 'error',
  versions: 'all',
  docs: { description: 'clientPortAddress, secureClientPortAddress or admin.serverAddress names a host that never resolves (under .invalid, or dotted numbers above 255).' },
  zookeeper: { effect: 'fatal', says: 'UnknownHostException' },
  messages: {
    clientAddress: ({ key, host }: Args) =>
      `${key}=${host} can never be resolved (${why(host)}): ZooKeeper looks it up while parsing the config and refuses to start (UnknownHostException, "Invalid config, exiting abnormally", exit 2).`,
    adminStandalone: ({ host }: Args) =>
      `admin.serverAddress=${host} can never be resolved (${why(host)}): the AdminServer cannot bind, and a standalone server then exits ("Problem starting AdminServer on address ${host} ... Unresolved address", "Unable to start AdminServer, exiting abnormally", exit 4).`,
    adminQuorum: ({ host }: Args) =>
      `admin.serverAddress=${host} can never be resolved (${why(host)}): the AdminServer cannot bind; a quorum peer logs "Problem starting AdminServer" and runs on without it.`,
  },
  hints: {
    clientAddress: ({ key }: Args) => `Write this host's address or name in ${key}, or delete the line to listen on all interfaces.`,
    adminStandalone: 'Write an address of this host in admin.serverAddress, or delete the line (0.0.0.0).',
    adminQuorum: 'Write an address of this host in admin.serverAddress, or delete the line (0.0.0.0).',
  },
  check({ model, report }) {
    const eff = model.static.effective;
    const pairs = atLeast(model.version, '3.5')
      ? [['clientPortAddress', 'clientPort'], ['secureClientPortAddress', 'secureClientPort']]
      : [['clientPortAddress', 'clientPort']];
    for (const [addrKey, portKey] of pairs) {
      const occ = eff.get(addrKey as string);
      if (!occ || !unresolvable(occ.value)) continue;
      // The address is looked up only together with a port (an unset or zero port is refused or ignored first).
      const port = eff.get(portKey as string);
      const p = port ? parseJavaInt(port.value) : undefined;
      if (!p?.ok || p.value === 0) continue;
      report({ messageId: 'clientAddress', args: { key: addrKey as string, host: occ.value }, at: { occ, part: 'value' } });
    }
    if (!atLeast(model.version, '3.5')) return;
    const sys = model.systemProps;
    const host = sys.get('zookeeper.admin.serverAddress');
    if (host === undefined || !unresolvable(host) || (sys.get('zookeeper.admin.enableServer') ?? 'true') === 'false') return;
    const occ = eff.get('admin.serverAddress');
    const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
    if (model.distributed) {
      report({ messageId: 'adminQuorum', args: { key: 'admin.serverAddress', host }, at, severity: 'warning', zookeeper: { effect: 'warning', says: 'Problem starting AdminServer' } });
    } else {
      report({ messageId: 'adminStandalone', args: { key: 'admin.serverAddress', host }, at, zookeeper: { effect: 'fatal', says: ADMIN_SAYS } });
    }
  },
});

/** Also a name with a colon that is no IPv6 address (`127.0.0.1:2181`): Java reads it as an IPv6 literal and refuses it. */
function unresolvable(host: string): boolean {
  return neverResolves(host) || (host.includes(':') && isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 6);
}

function why(host: string): string {
  if (host.includes(':') && !neverResolves(host)) return 'with a colon Java reads it as an IPv6 address, and it is none: "invalid IPv6 address literal"';
  return /invalid\.?$/i.test(host) ? 'the .invalid domain is reserved never to resolve' : 'a part above 255 makes it no IPv4 address, and no DNS name is all numbers';
}
