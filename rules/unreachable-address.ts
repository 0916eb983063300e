import { defineRule } from '../src/rule.js';
import { isLoopback, isWildcard, ownServer } from '../src/model/addresses.js';

/** Bindings that work on one machine and from nowhere else, or peers told to dial 0.0.0.0. */
export default defineRule({
  id: 'unreachable-address',
  severity: 'warning',
  docs: {
    description: 'Loopback or wildcard addresses that cannot work across hosts: clientPortAddress=127.0.0.1 in a multi-host ensemble, peers at 0.0.0.0.',
    versions: 'all',
  },
  zookeeper: { effect: 'silent' },
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
      report({
        at: { occ: cpa, part: 'value' },
        message: `clientPortAddress=${cpa.value} binds the client port to loopback, but the ensemble spans several hosts: clients on any other machine cannot connect to this server.`,
        hint: 'Remove clientPortAddress (the client port then listens on all interfaces) or set it to this host\'s routable address.',
      });
    }
    // Server lines are judged only against a known own line, and only loopback or wildcard hosts are reported.
    if (own === undefined || !local) return;
    for (const d of members.values()) {
      const isOwn = d === own;
      for (const a of d.parsed.addresses) {
        const host = a.host;
        if (isWildcard(host)) {
          if (isOwn) {
            report({
              at: { occ: d.occ, part: 'value' },
              severity: 'info',
              message: `server.${d.id} is this server and uses ${host}: it listens on all interfaces, which works, but with reconfig the address is advertised to the other servers, who cannot dial ${host}.`,
              hint: `Keep the real host name in every server line and set quorumListenOnAllIPs=true to listen on all interfaces.`,
            });
          } else {
            report({
              at: { occ: d.occ, part: 'value' },
              message: `server.${d.id} is another server but is written as ${host}: this server will try to reach it at ${host}, which means itself, so it never connects to server.${d.id}.`,
              hint: `Write server.${d.id}'s real host name here; only a server's own line may use 0.0.0.0 (better: quorumListenOnAllIPs=true).`,
            });
          }
        } else if (isLoopback(host) && !isOwn) {
          report({
            at: { occ: d.occ, part: 'value' },
            message: `server.${d.id} is written as ${host} while the ensemble spans several hosts: this server looks for server.${d.id} on its own machine.`,
            hint: `Write server.${d.id}'s real host name.`,
          });
        } else if (isLoopback(host) && isOwn && !model.static.effective.has('quorumListenOnAllIPs')) {
          report({
            at: { occ: d.occ, part: 'value' },
            message: `server.${d.id} is this server and is written as ${host}: its quorum and election ports listen on loopback only, so the other hosts cannot reach it.`,
            hint: 'Write this host\'s routable name (the same line every server has), and set quorumListenOnAllIPs=true if it must listen on all interfaces.',
          });
        }
      }
    }
  },
});
