import { defineRule } from '../src/rule.js';
import { KEYS } from '../src/model/catalogue.js';

type NoValue = { key: string; defaultValue?: string };

/** A line with a key and no separator or value: Properties stores the empty string. */
export default defineRule({
  id: 'key-without-value',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A key alone on a line: ZooKeeper reads an empty value.' },
  zookeeper: { effect: 'silent' },
  messages: {
    noValue: ({ key, defaultValue }: NoValue) =>
      `"${key}" has no value: ZooKeeper reads it as the empty string${defaultValue !== undefined && defaultValue !== '' ? `, not as its default ${defaultValue}` : ''}.`,
  },
  hints: { noValue: ({ key }: NoValue) => `Give it a value (${key}=…) or delete the line.` },
  check({ model, report }) {
    for (const occ of model.static.occurrences) {
      if (occ.key === '' || (occ.entry.separator !== '' && occ.entry.separator !== ' ') || occ.value !== '') continue;
      const info = KEYS.get(occ.key);
      // Fatal cases have their own rules: numbers, booleans, dataDir/dataLogDir (data-dir-too-short).
      if (info?.parsed && (info.kind === 'int' || info.kind === 'long' || info.kind === 'bool')) continue;
      if (occ.key === 'dataDir' || occ.key === 'dataLogDir') continue;
      report({ messageId: 'noValue', args: { key: occ.key, defaultValue: info?.default } satisfies NoValue, at: { occ, part: 'key' } });
    }
  },
});
