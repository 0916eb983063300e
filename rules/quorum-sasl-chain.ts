import { defineRule } from '../src/rule.js';
import { boolSetting } from '../src/model/zk-model.js';

const ENABLE = 'quorum.auth.enableSasl';
const SERVER = 'quorum.auth.serverRequireSasl';
const LEARNER = 'quorum.auth.learnerRequireSasl';

/** `on`: the requirement set to true; `off`: the switch it needs. */
type Args = { on: string; off: string };

/** serverRequireSasl ⇒ learnerRequireSasl ⇒ enableSasl, checked in this order by QuorumPeerConfig. */
export default defineRule({
  id: 'quorum-sasl-chain',
  severity: 'error',
  versions: { since: '3.4.10' },
  docs: { description: 'A quorum SASL requirement without the switch it depends on.' },
  zookeeper: { effect: 'fatal', says: 'is disabled, so cannot enable' },
  messages: {
    missingSwitch: ({ on, off }: Args) => `${on}=true needs ${off}=true: ZooKeeper refuses to start ("${off} is disabled, so cannot enable ${on}").`,
  },
  hints: {
    missingSwitch: ({ off }: Args) => `Add ${off}=true (the chain is ${SERVER} ⇒ ${LEARNER} ⇒ ${ENABLE}).`,
  },
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
        messageId: 'missingSwitch',
        args: { on, off } satisfies Args,
        at: { occ, part: 'line' },
        zookeeper: { effect: 'fatal', says: `${off} is disabled, so cannot enable ${on}` },
      });
    }
  },
});
