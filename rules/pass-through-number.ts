import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { javaDecode } from '../src/model/java-lenient.js';

/** The catalogue's pass-through numbers (Integer.getInteger / Long.getLong). */
const NUMBERS = keysWhere((info) => !info.parsed && (info.kind === 'getInteger' || info.kind === 'getLong'));

/** Integer.getInteger / Long.getLong: a bad number silently means the default; a leading 0 means octal. */
export default defineRule({
  id: 'pass-through-number',
  severity: 'warning',
  docs: { description: 'A pass-through number (snapCount, admin.serverPort, …) that ZooKeeper silently replaces by its default, or reads as octal.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      const info = NUMBERS.get(key);
      if (!info || !keyExistsIn(info, model.version)) continue;
      if (hasPlaceholder(occ.value)) continue; // template-placeholder
      const d = javaDecode(occ.value, info.kind === 'getInteger' ? 32 : 64);
      if (!d.ok) {
        const def = info.default !== undefined ? `its default ${info.default}` : 'its built-in default';
        report({
          at: { occ, part: 'value' },
          message: `${key}=${JSON.stringify(occ.value)} is not a number ZooKeeper can read (${info.kind === 'getInteger' ? 'Integer' : 'Long'}.decode): it silently uses ${def} instead.`,
          hint: `Write a plain decimal number, e.g. ${key}=${info.default && /^-?\d+$/.test(info.default) ? info.default : '1000'}.`,
        });
      } else if (d.radix === 8) {
        report({
          at: { occ, part: 'value' },
          message: `${key}=${occ.value} starts with 0, so ZooKeeper reads it as octal: ${d.value}, not ${occ.value.replace(/^([+-]?)0+(?=\d)/, '$1')}.`,
          hint: `Drop the leading zero: ${key}=${occ.value.replace(/^([+-]?)0+(?=\d)/, '$1')}.`,
        });
      }
    }
  },
});
