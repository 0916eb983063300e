import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** standaloneEnabled=false asks for the quorum stack, which needs at least one participant. */
export default defineRule({
  id: 'standalone-disabled-without-participants',
  severity: 'error',
  docs: { description: 'standaloneEnabled=false with no participant server line.', versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: 'standaloneEnabled = false then number of participants should be >0' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5') || model.standaloneEnabled) return;
    if (model.dynamic && !model.dynamic.file) return;
    const m = model.membership;
    if (m.errors.length > 0 || m.voters.length > 0) return;
    const occ = model.static.effective.get('standaloneEnabled');
    if (!occ) return;
    report({
      at: { occ },
      message:
        `standaloneEnabled=false makes ZooKeeper run the quorum stack even for one server, but there is no participant server line` +
        `${m.observers.length ? ` (only ${m.observers.length} observer(s))` : ''}. ZooKeeper refuses to start.`,
      hint: 'Add this server as server.<id>=<host>:<quorumPort>:<electionPort> (with its myid), or remove standaloneEnabled=false.',
    });
  },
});
