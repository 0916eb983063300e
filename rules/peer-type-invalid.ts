import { defineRule } from '../src/rule.js';

/** peerType is lower-cased and must be `observer` or `participant`. */
export default defineRule({
  id: 'peer-type-invalid',
  severity: 'error',
  docs: { description: 'peerType other than participant or observer.', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'Unrecognised peertype' },
  check({ model, report }) {
    const occ = model.static.effective.get('peerType');
    if (!occ) return;
    const v = occ.value.toLowerCase();
    if (v === 'observer' || v === 'participant') return;
    report({
      at: { occ, part: occ.value === '' ? 'key' : 'value' },
      message: `peerType=${JSON.stringify(occ.value)} is neither participant nor observer; ZooKeeper refuses to start.`,
      hint: 'Write peerType=observer (or delete the line: participant is the default; the role in the own server line wins anyway).',
      zookeeper: { effect: 'fatal', says: `Unrecognised peertype: ${occ.value}` },
    });
  },
});
