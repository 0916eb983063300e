import { defineRule } from '../src/rule.js';

/** `own`: this server's line key; `role`: its role there; `declared`: peerType (lower case); `says`: ZooKeeper's log line. */
type Args = { value: string; own: string; role: 'participant' | 'observer'; declared: string; says: string };

const article = (role: string) => (role === 'observer' ? 'an observer' : 'a participant');

/** peerType is advisory: the server's own line decides whether it observes. */
export default defineRule({
  id: 'peer-type-mismatch',
  severity: 'warning',
  versions: 'all',
  docs: { description: "peerType disagrees with the role on this server's own server line (the line wins)." },
  zookeeper: { effect: 'warning' },
  messages: {
    peerTypeDiffers: ({ value, own, role, says }: Args) =>
      `peerType=${value} but this server's own line (${own}) makes it ${article(role)}. ` +
      `ZooKeeper logs "${says}" and runs as ${article(role)}; peerType has no effect.`,
    observerWithoutPeerType: ({ own, says }: Args) =>
      `This server (${own}) is an observer but peerType is not set (default participant): ZooKeeper logs "${says}" and runs as an observer.`,
    ownLine: ({ role }: Args) => `own line: ${role}`,
  },
  hints: {
    peerTypeDiffers: hint,
    observerWithoutPeerType: hint,
  },
  check({ model, report }) {
    const id = model.myid.state === 'ok' ? model.myid.id : undefined;
    if (!model.distributed || id === undefined || model.membership.errors.length > 0) return;
    const own = model.membership.members.get(id);
    if (!own) return;
    const occ = model.static.effective.get('peerType');
    const declared = occ ? occ.value.toLowerCase() : 'participant';
    if (declared !== 'participant' && declared !== 'observer') return;
    if (declared === own.role) return;
    const says = `Peer type from servers list (${own.role.toUpperCase()}) doesn't match peerType (${declared.toUpperCase()}). Defaulting to servers list.`;
    const args: Args = { value: occ?.value ?? '', own: own.occ.key, role: own.role, declared, says };
    report({
      messageId: occ ? 'peerTypeDiffers' : 'observerWithoutPeerType',
      args,
      at: occ ? { occ, part: 'value' } : { occ: own.occ, part: 'value' },
      related: occ ? [{ at: { occ: own.occ, part: 'value' }, messageId: 'ownLine', args }] : [],
      zookeeper: { effect: 'warning', says },
    });
  },
});

function hint({ own, role, declared }: Args): string {
  return `Set peerType=${role} (or change the role on ${own} if ${declared} was meant, on every server).`;
}
