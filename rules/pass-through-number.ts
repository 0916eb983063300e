import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { javaDecode } from '../src/model/java-lenient.js';

/** The catalogue's pass-through numbers (Integer.getInteger / Long.getLong). */
const NUMBERS = keysWhere((info) => !info.parsed && (info.kind === 'getInteger' || info.kind === 'getLong'));

/** `decoder`: Integer or Long; `fallback`: the default in words; `example`: a decimal to suggest; `read`: the octal value; `meant`: the digits without leading zeros. */
type Args = { key: string; value: string; decoder?: string; fallback?: string; example?: string; read?: string; meant?: string };

/** Integer.getInteger / Long.getLong: a bad number silently means the default; a leading 0 means octal. */
export default defineRule({
  id: 'pass-through-number',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A pass-through number (snapCount, admin.serverPort, …) that ZooKeeper silently replaces by its default, or reads as octal.' },
  zookeeper: { effect: 'silent' },
  messages: {
    notANumber: ({ key, value, decoder, fallback }: Args) =>
      `${key}=${JSON.stringify(value)} is not a number ZooKeeper can read (${decoder}.decode): it silently uses ${fallback} instead.`,
    octal: ({ key, value, read, meant }: Args) => `${key}=${value} starts with 0, so ZooKeeper reads it as octal: ${read}, not ${meant}.`,
  },
  hints: {
    notANumber: ({ key, example }: Args) => `Write a plain decimal number, e.g. ${key}=${example}.`,
    octal: ({ key, meant }: Args) => `Drop the leading zero: ${key}=${meant}.`,
  },
  check({ model, report }) {
    for (const occ of model.static.winners) {
      const key = occ.key;
      const info = NUMBERS.get(key);
      if (!info || !keyExistsIn(info, model.version)) continue;
      if (hasPlaceholder(occ.value)) continue; // template-placeholder
      const d = javaDecode(occ.value, info.kind === 'getInteger' ? 32 : 64);
      if (!d.ok) {
        report({
          messageId: 'notANumber',
          args: {
            key,
            value: occ.value,
            decoder: info.kind === 'getInteger' ? 'Integer' : 'Long',
            fallback: info.default !== undefined ? `its default ${info.default}` : 'its built-in default',
            example: info.default && /^-?\d+$/.test(info.default) ? info.default : '1000',
          } satisfies Args,
          at: { occ, part: 'value' },
        });
      } else if (d.radix === 8) {
        report({
          messageId: 'octal',
          args: { key, value: occ.value, read: String(d.value), meant: occ.value.replace(/^([+-]?)0+(?=\d)/, '$1') } satisfies Args,
          at: { occ, part: 'value' },
        });
      }
    }
  },
});
