import { defineRule } from '../src/rule.js';

type Args = { value: string };

/** peerType is lower-cased and must be `observer` or `participant`. */
export default defineRule({
  id: 'peer-type-invalid',
  severity: 'error',
  versions: 'all',
  docs: { description: 'peerType other than participant or observer.' },
  zookeeper: { effect: 'fatal', says: 'Unrecognised peertype' },
  messages: {
    unrecognised: ({ value }: Args) => `peerType=${JSON.stringify(value)} is neither participant nor observer; ZooKeeper refuses to start.`,
  },
  hints: {
    unrecognised: 'Write peerType=observer (or delete the line: participant is the default; the role in the own server line wins anyway).',
  },
  check({ model, report }) {
    const occ = model.static.effective.get('peerType');
    if (!occ) return;
    const v = occ.value.toLowerCase();
    if (v === 'observer' || v === 'participant') return;
    report({
      messageId: 'unrecognised',
      args: { value: occ.value } satisfies Args,
      at: { occ, part: occ.value === '' ? 'key' : 'value' },
      zookeeper: { effect: 'fatal', says: `Unrecognised peertype: ${occ.value}` },
    });
  },
});
