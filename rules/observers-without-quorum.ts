import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** Observers need a quorum of participants to follow. */
export default defineRule({
  id: 'observers-without-quorum',
  severity: 'error',
  docs: { description: 'Observer lines with no participant, or with a single participant in standalone-enabled mode.', versions: 'all' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const m = model.membership;
    // Observers with two or more participants are fine.
    if (m.observers.length === 0 || m.voters.length > 1 || m.errors.length > 0) return;
    const standaloneEnabled = !atLeast(model.version, '3.5') || model.standaloneEnabled;
    const first = m.observers[0];
    if (!first) return;
    const related = m.observers.slice(1).map((d) => ({ at: { occ: d.occ, part: 'key' as const }, message: 'observer' }));
    if (m.voters.length === 0 && standaloneEnabled) {
      report({
        at: { occ: first.occ, part: 'value' },
        message: `Every server line is an observer: observers only follow a leader elected by participants, and there are none. ZooKeeper refuses to start.`,
        hint: 'Make at least three servers participants (remove :observer from their lines); keep observers for extra read capacity.',
        related,
        zookeeper: { effect: 'fatal', says: 'Observers w/o participants is an invalid configuration' },
      });
    } else if (m.voters.length === 1 && standaloneEnabled) {
      report({
        at: { occ: first.occ, part: 'value' },
        message:
          `One participant (${m.voters[0]?.occ.key}) and ${m.observers.length} observer(s): with a single participant ZooKeeper would run standalone, ` +
          'which observers cannot follow. ZooKeeper refuses to start.',
        hint: 'Add participants (three is the usual minimum), or set standaloneEnabled=false to run the single participant as a quorum.',
        related: [...related, { at: { occ: (m.voters[0] as NonNullable<(typeof m.voters)[0]>).occ, part: 'key' as const }, message: 'the only participant' }],
        zookeeper: { effect: 'fatal', says: 'Observers w/o quorum is an invalid configuration' },
      });
    }
  },
});
