import { defineRule } from '../src/rule.js';

/** One or two voters in quorum mode: any single failure stops the ensemble. */
export default defineRule({
  id: 'too-few-voters',
  severity: 'warning',
  docs: { description: 'A quorum of fewer than 3 voting servers tolerates no failure.', versions: 'all' },
  zookeeper: { effect: 'warning', says: 'No server failure will be tolerated. You need at least 3 servers.' },
  check({ model, report }) {
    const voters = model.membership.voters;
    const sa = model.static.effective.get('standaloneEnabled');
    if (voters.length === 0 && model.distributed && !model.standaloneEnabled && sa && model.membership.errors.length === 0 && model.version !== '3.4') {
      const says = 'standaloneEnabled = false then number of participants should be >0';
      report({
        at: { occ: sa },
        severity: 'error',
        message: 'standaloneEnabled=false asks for quorum mode, but the config lists no participating server (no server.N line). ZooKeeper refuses to start.',
        hint: 'Add the ensemble\'s server.N=host:2888:3888 lines (or a dynamicConfigFile holding them), or remove standaloneEnabled=false for a single server.',
        zookeeper: { effect: 'fatal', says },
      });
      return;
    }
    if (!model.distributed || model.membership.errors.length > 0 || voters.length > 2 || voters.length === 0) return;
    const first = voters[0];
    if (!first) return;
    const observers = model.membership.observers.length;
    report({
      at: { occ: first.occ },
      message:
        `Only ${voters.length} voting server${voters.length === 1 ? '' : 's'}${observers ? ` (the ${observers} observer${observers === 1 ? '' : 's'} do not vote)` : ''}: ` +
        `the quorum is ${voters.length}, so losing any one server stops the ensemble. ZooKeeper only logs a warning.`,
      hint: 'Run at least 3 voting servers (2f+1 to tolerate f failures).',
      related: voters.slice(1).map((d) => ({ at: { occ: d.occ } })),
    });
  },
});
