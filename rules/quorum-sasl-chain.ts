import { defineRule } from '../src/rule.js';
import { boolSetting } from '../src/model/zk-model.js';

const ENABLE = 'quorum.auth.enableSasl';
const SERVER = 'quorum.auth.serverRequireSasl';
const LEARNER = 'quorum.auth.learnerRequireSasl';

/** serverRequireSasl ⇒ learnerRequireSasl ⇒ enableSasl, checked in this order by QuorumPeerConfig. */
export default defineRule({
  id: 'quorum-sasl-chain',
  severity: 'error',
  docs: { description: 'A quorum SASL requirement without the switch it depends on.', versions: '3.4.10+' },
  zookeeper: { effect: 'fatal', says: 'is disabled, so cannot enable' },
  check({ model, report }) {
    // Every violation is reported on a server/learner line: without one there is nothing to check.
    if (!model.static.effective.has(SERVER) && !model.static.effective.has(LEARNER)) return;
    const enable = boolSetting(model, ENABLE, false);
    const server = boolSetting(model, SERVER, false);
    const learner = boolSetting(model, LEARNER, false);
    const checks: Array<[boolean, string, string]> = [
      [!enable && server, ENABLE, SERVER],
      [!enable && learner, ENABLE, LEARNER],
      [!learner && server, LEARNER, SERVER],
    ];
    for (const [bad, off, on] of checks) {
      if (!bad) continue;
      const occ = model.static.effective.get(on);
      if (!occ) continue;
      report({
        at: { occ, part: 'line' },
        message: `${on}=true needs ${off}=true: ZooKeeper refuses to start ("${off} is disabled, so cannot enable ${on}").`,
        hint: `Add ${off}=true (the chain is ${SERVER} ⇒ ${LEARNER} ⇒ ${ENABLE}).`,
        zookeeper: { effect: 'fatal', says: `${off} is disabled, so cannot enable ${on}` },
      });
    }
  },
});
