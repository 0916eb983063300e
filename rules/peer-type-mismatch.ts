import { defineRule } from '../src/rule.js';

/** peerType is advisory: the server's own line decides whether it observes. */
export default defineRule({
  id: 'peer-type-mismatch',
  severity: 'warning',
  docs: { description: "peerType disagrees with the role on this server's own server line (the line wins).", versions: 'all' },
  zookeeper: { effect: 'warning' },
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
    report({
      at: occ ? { occ, part: 'value' } : { occ: own.occ, part: 'value' },
      message: occ
        ? `peerType=${occ.value} but this server's own line (${own.occ.key}) makes it ${own.role === 'observer' ? 'an observer' : 'a participant'}. ` +
          `ZooKeeper logs "${says}" and runs as ${own.role === 'observer' ? 'an observer' : 'a participant'}; peerType has no effect.`
        : `This server (${own.occ.key}) is an observer but peerType is not set (default participant): ZooKeeper logs "${says}" and runs as an observer.`,
      hint: `Set peerType=${own.role} (or change the role on ${own.occ.key} if ${declared} was meant, on every server).`,
      related: occ ? [{ at: { occ: own.occ, part: 'value' as const }, message: `own line: ${own.role}` }] : [],
      zookeeper: { effect: 'warning', says },
    });
  },
});
