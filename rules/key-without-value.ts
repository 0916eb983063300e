import { defineRule } from '../src/rule.js';
import { KEYS } from '../src/model/catalogue.js';

/** A line with a key and no separator or value: Properties stores the empty string. */
export default defineRule({
  id: 'key-without-value',
  severity: 'warning',
  docs: { description: 'A key alone on a line: ZooKeeper reads an empty value.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    for (let n = 0; n < model.static.occurrences.length; n++) {
      const occ = model.static.occurrences[n]!;
      if (occ.key === '' || (occ.entry.separator !== '' && occ.entry.separator !== ' ') || occ.value !== '') continue;
      const info = KEYS.get(occ.key);
      // Fatal cases have their own rules: numbers, booleans, dataDir/dataLogDir (data-dir-too-short).
      if (info?.parsed && (info.kind === 'int' || info.kind === 'long' || info.kind === 'bool')) continue;
      if (occ.key === 'dataDir' || occ.key === 'dataLogDir') continue;
      report({
        at: { occ, part: 'key' },
        message: `"${occ.key}" has no value: ZooKeeper reads it as the empty string${info?.default !== undefined && info.default !== '' ? `, not as its default ${info.default}` : ''}.`,
        hint: `Give it a value (${occ.key}=…) or delete the line.`,
      });
    }
  },
});
