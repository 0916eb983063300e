import { defineRule } from '../src/rule.js';
import { atLeast } from '../src/model/version.js';

/** zoo.cfg's multiAddress.enabled does not allow `|` in server lines: only the JVM system property does. */
export default defineRule({
  id: 'multiaddress-key-ignored',
  scope: 'config',
  severity: 'warning',
  docs: { description: 'multiAddress.enabled=true in zoo.cfg, which does not enable `|` in server lines (only -Dzookeeper.multiAddress.enabled=true does).', versions: '3.6+' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    const occ = model.static.effective.get('multiAddress.enabled');
    if (!occ || !atLeast(model.version, '3.6') || occ.value.toLowerCase() !== 'true') return;
    if ((model.options.jvmProps.get('zookeeper.multiAddress.enabled') ?? '').toLowerCase() === 'true') return;
    const multi = model.membership.lines.filter((d) => d.occ.entry.value.split(';')[0]?.includes('|'));
    report({
      at: { occ },
      message:
        'multiAddress.enabled=true in zoo.cfg does not let server lines list several addresses: ZooKeeper checks the JVM system property ' +
        'zookeeper.multiAddress.enabled when it parses server lines, and this key never becomes that property' +
        (multi.length
          ? `, so the \`|\` in ${multi.map((d) => d.occ.key).join(', ')} is refused ("Multiple address feature is disabled").`
          : '; it only tunes runtime behaviour of an already multi-address ensemble.'),
      hint: 'Start the server with -Dzookeeper.multiAddress.enabled=true (e.g. SERVER_JVMFLAGS in conf/java.env), and tell zklint with --jvm-flag or --env-file.',
      related: multi.map((d) => ({ at: { occ: d.occ, part: 'value' as const }, message: 'several addresses' })),
    });
  },
});
