import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** One participant line: ZooKeeper logs an ERROR, ignores it and runs standalone. */
export default defineRule({
  id: 'single-server-line',
  severity: 'warning',
  docs: { description: 'Exactly one server line: ZooKeeper ignores it and runs standalone, not as a one-node ensemble.', versions: 'all' },
  zookeeper: { effect: 'warning', says: 'Invalid configuration, only one server specified (ignoring)' },
  check({ model, report }) {
    const m = model.membership;
    if (m.errors.length > 0 || m.voters.length !== 1 || m.observers.length > 0) return;
    if (atLeast(model.version, '3.5') && !model.standaloneEnabled) return;
    const only = m.voters[0];
    if (!only) return;
    report({
      at: { occ: only.occ, part: 'key' },
      message:
        `Only one server line (${only.occ.key}): ZooKeeper logs "Invalid configuration, only one server specified (ignoring)" and runs standalone. ` +
        'This is not a one-node ensemble: it cannot grow by reconfig, and a second node listing the same line will not join it.',
      hint: 'For a single server, remove the server line. For an ensemble, list every member (usually 3 or 5). ' +
        (atLeast(model.version, '3.5') ? 'To run one voter as a quorum that can grow by reconfig, set standaloneEnabled=false.' : ''),
    });
  },
});
