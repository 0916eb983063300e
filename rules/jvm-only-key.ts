import { defineRule } from '../src/rule.js';
import { JVM_ONLY_KEYS } from '../src/model/ignored-keys.js';

type JvmOnly = { key: string; what: string; value: string };

/** Properties without the `zookeeper.` prefix: in zoo.cfg they become `zookeeper.<key>`, which nothing reads. */
export default defineRule({
  id: 'jvm-only-key',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A JVM-only property (jute.maxbuffer, readonlymode.enabled…) written in zoo.cfg, where it does nothing.' },
  zookeeper: { effect: 'silent' },
  messages: {
    jvmOnly: ({ key, what }: JvmOnly) =>
      `${key} (${what}) can only be set as a JVM system property. In zoo.cfg it becomes zookeeper.${key}, which nothing reads, so the default stays in force.`,
  },
  hints: {
    jvmOnly: ({ key, value }: JvmOnly) => `Remove it here and start the JVM with -D${key}=${value} (SERVER_JVMFLAGS in zookeeper-env.sh / java.env).`,
  },
  check({ model, report }) {
    for (const occ of model.static.winners) {
      const what = JVM_ONLY_KEYS.get(occ.key);
      if (what === undefined) continue;
      report({ messageId: 'jvmOnly', args: { key: occ.key, what, value: occ.value } satisfies JvmOnly, at: { occ, part: 'key' } });
    }
  },
});
