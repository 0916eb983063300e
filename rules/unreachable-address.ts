import { defineRule } from '../src/rule.js';
import { isLoopback, isWildcard, ownServer } from '../src/model/addresses.js';

/** `id`: the server line's id; `host`: the address written there; `value`: clientPortAddress. */
type Args = { id?: string; host?: string; value?: string };

/** Bindings that work on one machine and from nowhere else, or peers told to dial 0.0.0.0. */
export default defineRule({
  id: 'unreachable-address',
  severity: 'warning',
  versions: 'all',
  docs: {
    description: 'Loopback or wildcard addresses that cannot work across hosts: clientPortAddress=127.0.0.1 in a multi-host ensemble, peers at 0.0.0.0.',
  },
  zookeeper: { effect: 'silent' },
  messages: {
    clientLoopback: ({ value }: Args) =>
      `clientPortAddress=${value} binds the client port to loopback, but the ensemble spans several hosts: clients on any other machine cannot connect to this server.`,
    ownWildcard: ({ id, host }: Args) =>
      `server.${id} is this server and uses ${host}: it listens on all interfaces, which works, but with reconfig the address is advertised to the other servers, who cannot dial ${host}.`,
    peerWildcard: ({ id, host }: Args) =>
      `server.${id} is another server but is written as ${host}: this server will try to reach it at ${host}, which means itself, so it never connects to server.${id}.`,
    peerLoopback: ({ id, host }: Args) =>
      `server.${id} is written as ${host} while the ensemble spans several hosts: this server looks for server.${id} on its own machine.`,
    ownLoopback: ({ id, host }: Args) =>
      `server.${id} is this server and is written as ${host}: its quorum and election ports listen on loopback only, so the other hosts cannot reach it.`,
  },
  hints: {
    clientLoopback: "Remove clientPortAddress (the client port then listens on all interfaces) or set it to this host's routable address.",
    ownWildcard: `Keep the real host name in every server line and set quorumListenOnAllIPs=true to listen on all interfaces.`,
    peerWildcard: ({ id }: Args) => `Write server.${id}'s real host name here; only a server's own line may use 0.0.0.0 (better: quorumListenOnAllIPs=true).`,
    peerLoopback: ({ id }: Args) => `Write server.${id}'s real host name.`,
    ownLoopback:
      "Write this host's routable name (the same line every server has), and set quorumListenOnAllIPs=true if it must listen on all interfaces.",
  },
  check({ model, report }) {
    if (!model.distributed || model.membership.errors.length > 0) return;
    const members = model.membership.members;
    // One pass over every host: is one routable (the ensemble spans hosts), is one loopback or wildcard?
    let multiHost = false;
    let local = false;
    for (const d of members.values()) {
      for (const a of d.parsed.addresses) {
        if (isWildcard(a.host) || isLoopback(a.host)) local = true;
        else multiHost = true;
      }
    }
    if (!multiHost) return; // an all-loopback ensemble on one machine (tests, demos) is consistent
    const own = ownServer(model);

    const cpa = model.static.effective.get('clientPortAddress');
    if (cpa && isLoopback(cpa.value)) {
      report({ messageId: 'clientLoopback', args: { value: cpa.value } satisfies Args, at: { occ: cpa, part: 'value' } });
    }
    // Server lines are judged only against a known own line, and only loopback or wildcard hosts are reported.
    if (own === undefined || !local) return;
    for (const d of members.values()) {
      const isOwn = d === own;
      for (const a of d.parsed.addresses) {
        const host = a.host;
        const args: Args = { id: d.id, host };
        const at = { occ: d.occ, part: 'value' as const };
        if (isWildcard(host)) {
          if (isOwn) report({ messageId: 'ownWildcard', args, at, severity: 'info' });
          else report({ messageId: 'peerWildcard', args, at });
        } else if (isLoopback(host) && !isOwn) {
          report({ messageId: 'peerLoopback', args, at });
        } else if (isLoopback(host) && isOwn && !model.static.effective.has('quorumListenOnAllIPs')) {
          report({ messageId: 'ownLoopback', args, at });
        }
      }
    }
  },
});
