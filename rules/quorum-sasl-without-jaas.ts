import { defineRule } from '../src/rule.js';
import { boolSetting } from '../src/model/zk-model.js';

/** `section`: the JAAS section the server looks up. */
type Args = { section: string };

/**
 * Quorum SASL needs a JAAS login configuration, which only a JVM flag can give
 * (-Djava.security.auth.login.config=…): without one, the quorum peer cannot start.
 */
export default defineRule({
  id: 'quorum-sasl-without-jaas',
  severity: 'error',
  versions: { since: '3.4.10' },
  docs: { description: 'quorum.auth.enableSasl=true but the server is not given a JAAS login config (-Djava.security.auth.login.config).' },
  zookeeper: { effect: 'fatal', says: 'Failed to initialize authentication mechanism using SASL' },
  messages: {
    noJaasConfig: ({ section }: Args) =>
      `Quorum SASL is on, but zklint was told of no JAAS login config for the server (-Djava.security.auth.login.config). Without one ZooKeeper ` +
      `cannot find the "${section}" section and exits while starting the quorum peer ("Failed to initialize authentication mechanism using SASL", exit 1, nothing on stderr).`,
  },
  hints: {
    noJaasConfig:
      'Start ZooKeeper with SERVER_JVMFLAGS="-Djava.security.auth.login.config=/etc/zookeeper/jaas.conf" (QuorumServer and QuorumLearner sections) ' +
      'and give zklint the same JVM flags.',
  },
  check({ model, report }) {
    if (!model.distributed || !boolSetting(model, 'quorum.auth.enableSasl', false)) return;
    if (model.systemProps.has('java.security.auth.login.config')) return;
    const occ = model.static.effective.get('quorum.auth.enableSasl');
    if (!occ) return;
    const section = model.static.effective.get('quorum.auth.server.saslLoginContext')?.value || 'QuorumServer';
    report({ messageId: 'noJaasConfig', args: { section } satisfies Args, at: { occ, part: 'line' } });
  },
});
