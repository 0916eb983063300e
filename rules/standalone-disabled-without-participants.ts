import { defineRule } from '../src/rule.js';

/** `observers`: how many observer lines there are. */
type Args = { observers: number };

/** standaloneEnabled=false asks for the quorum stack, which needs at least one participant. */
export default defineRule({
  id: 'standalone-disabled-without-participants',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'standaloneEnabled=false with no participant server line.' },
  zookeeper: { effect: 'fatal', says: 'standaloneEnabled = false then number of participants should be >0' },
  messages: {
    noParticipant: ({ observers }: Args) =>
      `standaloneEnabled=false makes ZooKeeper run the quorum stack even for one server, but there is no participant server line` +
      `${observers ? ` (only ${observers} observer(s))` : ''}. ZooKeeper refuses to start.`,
  },
  hints: {
    noParticipant: 'Add this server as server.<id>=<host>:<quorumPort>:<electionPort> (with its myid), or remove standaloneEnabled=false.',
  },
  check({ model, report }) {
    if (model.standaloneEnabled) return;
    if (model.dynamic && !model.dynamic.file) return;
    const m = model.membership;
    if (m.errors.length > 0 || m.voters.length > 0) return;
    const occ = model.static.effective.get('standaloneEnabled');
    if (!occ) return;
    report({ messageId: 'noParticipant', args: { observers: m.observers.length } satisfies Args, at: { occ } });
  },
});
