import { defineRule } from '../src/rule.js';
import { JVM_ONLY_KEYS } from '../src/model/ignored-keys.js';

/** Properties without the `zookeeper.` prefix: in zoo.cfg they become `zookeeper.<key>`, which nothing reads. */
export default defineRule({
  id: 'jvm-only-key',
  severity: 'warning',
  docs: { description: 'A JVM-only property (jute.maxbuffer, readonlymode.enabled…) written in zoo.cfg, where it does nothing.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      const what = JVM_ONLY_KEYS.get(key);
      if (what === undefined) continue;
      report({
        at: { occ, part: 'key' },
        message: `${key} (${what}) can only be set as a JVM system property. In zoo.cfg it becomes zookeeper.${key}, which nothing reads, so the default stays in force.`,
        hint: `Remove it here and start the JVM with -D${key}=${occ.value} (SERVER_JVMFLAGS in zookeeper-env.sh / java.env).`,
      });
    }
  },
});
