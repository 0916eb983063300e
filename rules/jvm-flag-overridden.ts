import { defineRule } from '../src/rule.js';

interface Args {
  key: string;
  settings: string;
  value: string;
  from: string;
}

/**
 * A system property the server gets more than once with different values (the environment's
 * SERVER_JVMFLAGS, JVMFLAGS, an env file, given flags): the JVM keeps the last -D on its command line.
 * Says which one won, since it is rarely the one the reader of one file expects.
 */
export default defineRule({
  id: 'jvm-flag-overridden',
  severity: 'info',
  versions: 'all',
  docs: { description: 'A -D system property is set several times with different values; says which setting the server uses.' },
  zookeeper: { effect: 'silent' },
  messages: {
    overridden: ({ key, settings, value, from }: Args) =>
      `-D${key} is set ${settings}; the server uses ${JSON.stringify(value)} from ${from} (the last -D on the java command line wins).`,
  },
  hints: {
    overridden: ({ key }: Args) => `Set -D${key} in one place.`,
  },
  check({ model, report }) {
    const overrides = model.options.jvmOverrides;
    if (!overrides || overrides.size === 0 || model.kind !== 'config') return;
    for (const [key, list] of overrides) {
      const last = list[list.length - 1];
      if (!last) continue;
      const settings = list.map((e) => `to ${JSON.stringify(e.value)} by ${e.from}`).join(', then ');
      report({ messageId: 'overridden', args: { key, settings, value: last.value, from: last.from }, at: { file: model.static.source.path } });
    }
  },
});
