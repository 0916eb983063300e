import { defineRule, relatedOf } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

type Args = { participant: string; observerCount: number };

/** Observers need a quorum of participants to follow. */
export default defineRule({
  id: 'observers-without-quorum',
  severity: 'error',
  versions: 'all',
  docs: { description: 'Observer lines with no participant, or with a single participant in standalone-enabled mode.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    noParticipant:
      'Every server line is an observer: observers only follow a leader elected by participants, and there are none. ZooKeeper refuses to start.',
    oneParticipant: ({ participant, observerCount }: Args) =>
      `One participant (${participant}) and ${observerCount} observer(s): with a single participant ZooKeeper would run standalone, ` +
      'which observers cannot follow. ZooKeeper refuses to start.',
    observer: 'observer',
    onlyParticipant: 'the only participant',
  },
  hints: {
    noParticipant: 'Make at least three servers participants (remove :observer from their lines); keep observers for extra read capacity.',
    oneParticipant: 'Add participants (three is the usual minimum), or set standaloneEnabled=false to run the single participant as a quorum.',
  },
  check({ model, report }) {
    const m = model.membership;
    // Observers with two or more participants are fine.
    if (m.observers.length === 0 || m.voters.length > 1 || m.errors.length > 0) return;
    // standaloneEnabled=false (3.5+) runs one participant as a quorum observers can follow (none: standalone-disabled-without-participants).
    const standaloneEnabled = !atLeast(model.version, '3.5') || model.standaloneEnabled;
    const first = m.observers[0];
    if (!first || !standaloneEnabled) return;
    const related = relatedOf(m.observers, (d) => ({ at: { occ: d.occ, part: 'key' as const }, messageId: 'observer' }), 1);
    const voter = m.voters[0];
    if (voter === undefined) {
      report({
        messageId: 'noParticipant',
        at: { occ: first.occ, part: 'value' },
        related,
        zookeeper: { effect: 'fatal', says: 'Observers w/o participants is an invalid configuration' },
      });
    } else {
      report({
        messageId: 'oneParticipant',
        args: { participant: voter.occ.key, observerCount: m.observers.length } satisfies Args,
        at: { occ: first.occ, part: 'value' },
        related: [...related, { at: { occ: voter.occ, part: 'key' }, messageId: 'onlyParticipant' }],
        zookeeper: { effect: 'fatal', says: 'Observers w/o quorum is an invalid configuration' },
      });
    }
  },
});
