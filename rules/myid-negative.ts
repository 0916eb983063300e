import { defineRule } from '../src/rule.js';

type Args = { path: string; id: string };

const HINT = "Use an id between 1 and 255 that matches this server's server.N line.";

/** A negative myid parses, but -1 is ZooKeeper's "unset" value and other negatives break session ids. */
export default defineRule({
  id: 'myid-negative',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A negative server id in myid.' },
  zookeeper: { effect: 'silent' },
  messages: {
    minusOne: ({ path }: Args) =>
      `${path} contains -1, ZooKeeper's "unset" id; it is ignored in standalone mode but fatal ("myid file is missing") as soon as the config becomes a quorum.`,
    negative: ({ id }: Args) =>
      `myid is ${id}: ZooKeeper accepts negative ids, but server ids go into the top 8 bits of every session id, so a negative id can collide with another server's sessions.`,
  },
  hints: { minusOne: HINT, negative: HINT },
  check({ model, report }) {
    const { myid } = model;
    if (myid.state !== 'ok' || !myid.id?.startsWith('-')) return;
    // -1 in quorum mode is reported by myid-missing (ZooKeeper's own words).
    if (myid.id === '-1' && model.distributed) return;
    const occ = model.static.effective.get('dataDir');
    report({
      messageId: myid.id === '-1' ? 'minusOne' : 'negative',
      args: { path: myid.zkPath ?? 'myid', id: myid.id } satisfies Args,
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
    });
  },
});
