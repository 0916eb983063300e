import { defineRule, relatedOf } from '../src/rule.js';
import { javaGetBoolean } from '../src/model/java.js';

type Args = { multiKeys?: string };

const INTRO =
  'multiAddress.enabled=true in zoo.cfg does not let server lines list several addresses: ZooKeeper checks the JVM system property ' +
  'zookeeper.multiAddress.enabled when it parses server lines, and this key never becomes that property';
const HINT =
  'Start the server with -Dzookeeper.multiAddress.enabled=true (e.g. SERVER_JVMFLAGS in conf/java.env), and give zklint the same JVM flags.';

/** zoo.cfg's multiAddress.enabled does not allow `|` in server lines: only the JVM system property does. */
export default defineRule({
  id: 'multiaddress-key-ignored',
  scope: 'config',
  severity: 'warning',
  versions: { since: '3.6' },
  docs: { description: 'multiAddress.enabled=true in zoo.cfg, which does not enable `|` in server lines (only -Dzookeeper.multiAddress.enabled=true does).' },
  zookeeper: { effect: 'silent' },
  messages: {
    pipeRefused: ({ multiKeys }: Args) => `${INTRO}, so the \`|\` in ${multiKeys} is refused ("Multiple address feature is disabled").`,
    keyOnly: `${INTRO}; it only tunes runtime behaviour of an already multi-address ensemble.`,
    severalAddresses: 'several addresses',
  },
  hints: { pipeRefused: HINT, keyOnly: HINT },
  check({ model, report }) {
    const occ = model.static.effective.get('multiAddress.enabled');
    if (!occ || occ.value.toLowerCase() !== 'true') return;
    if (javaGetBoolean(model.options.jvmProps, 'zookeeper.multiAddress.enabled')) return;
    const multi = model.membership.lines.filter((d) => d.occ.entry.value.split(';')[0]?.includes('|'));
    report({
      messageId: multi.length ? 'pipeRefused' : 'keyOnly',
      args: { multiKeys: multi.map((d) => d.occ.key).join(', ') } satisfies Args,
      at: { occ },
      related: relatedOf(multi, (d) => ({ at: { occ: d.occ, part: 'value' as const }, messageId: 'severalAddresses' })),
    });
  },
});
