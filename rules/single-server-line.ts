import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** `key`: the only server line; `canDisableStandalone`: the version has standaloneEnabled (3.5+). */
type Args = { key: string; canDisableStandalone: boolean };

/** One participant line: ZooKeeper logs an ERROR, ignores it and runs standalone. */
export default defineRule({
  id: 'single-server-line',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'Exactly one server line: ZooKeeper ignores it and runs standalone, not as a one-node ensemble.' },
  zookeeper: { effect: 'warning', says: 'Invalid configuration, only one server specified (ignoring)' },
  messages: {
    oneServerLine: ({ key }: Args) =>
      `Only one server line (${key}): ZooKeeper logs "Invalid configuration, only one server specified (ignoring)" and runs standalone. ` +
      'This is not a one-node ensemble: it cannot grow by reconfig, and a second node listing the same line will not join it.',
  },
  hints: {
    oneServerLine: ({ canDisableStandalone }: Args) =>
      'For a single server, remove the server line. For an ensemble, list every member (usually 3 or 5). ' +
      (canDisableStandalone ? 'To run one voter as a quorum that can grow by reconfig, set standaloneEnabled=false.' : ''),
  },
  check({ model, report }) {
    const m = model.membership;
    if (m.errors.length > 0 || m.voters.length !== 1 || m.observers.length > 0) return;
    const since35 = atLeast(model.version, '3.5');
    if (since35 && !model.standaloneEnabled) return;
    const only = m.voters[0];
    if (!only) return;
    report({
      messageId: 'oneServerLine',
      args: { key: only.occ.key, canDisableStandalone: since35 } satisfies Args,
      at: { occ: only.occ, part: 'key' },
    });
  },
});
