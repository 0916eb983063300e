import { defineRule } from '../src/rule.js';
import { boolSetting } from '../src/model/zk-model.js';

/**
 * Quorum SASL needs a JAAS login configuration, which only a JVM flag can give
 * (-Djava.security.auth.login.config=…): without one, the quorum peer cannot start.
 */
export default defineRule({
  id: 'quorum-sasl-without-jaas',
  severity: 'error',
  docs: { description: 'quorum.auth.enableSasl=true but the server is not given a JAAS login config (-Djava.security.auth.login.config).', versions: '3.4.10+' },
  zookeeper: { effect: 'fatal', says: 'Failed to initialize authentication mechanism using SASL' },
  check({ model, report }) {
    if (!model.distributed || !boolSetting(model, 'quorum.auth.enableSasl', false)) return;
    if (model.systemProps.has('java.security.auth.login.config')) return;
    const occ = model.static.effective.get('quorum.auth.enableSasl');
    if (!occ) return;
    const section = model.static.effective.get('quorum.auth.server.saslLoginContext')?.value || 'QuorumServer';
    report({
      at: { occ, part: 'line' },
      message:
        `Quorum SASL is on, but zklint was told of no JAAS login config for the server (-Djava.security.auth.login.config). Without one ZooKeeper ` +
        `cannot find the "${section}" section and exits while starting the quorum peer ("Failed to initialize authentication mechanism using SASL", exit 1, nothing on stderr).`,
      hint:
        'Start ZooKeeper with SERVER_JVMFLAGS="-Djava.security.auth.login.config=/etc/zookeeper/jaas.conf" (QuorumServer and QuorumLearner sections) ' +
        'and tell zklint the same with --jvm-flag or --env-file.',
    });
  },
});
