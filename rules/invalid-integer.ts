import { defineRule } from '../src/rule.js';
import { keysWhere } from '../src/model/catalogue.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { parseJavaInt, parseJavaLong } from '../src/model/java.js';

/** The keys QuorumPeerConfig parses as int or long. */
const NUMBER_KEYS = keysWhere((info) => info.parsed && (info.kind === 'int' || info.kind === 'long'));

/** 1 to 9 ASCII digits: always a valid int (and long), no need to parse. */
function isShortDecimal(v: string): boolean {
  if (v.length === 0 || v.length > 9) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** QuorumPeerConfig reads these with Integer.parseInt / Long.parseLong: anything else is fatal. */
export default defineRule({
  id: 'invalid-integer',
  severity: 'error',
  docs: { description: 'A number ZooKeeper cannot parse (hex, units, spaces, inline comments, out of range).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'For input string' },
  check({ model, report }) {
    for (let n = 0; n < model.static.winners.length; n++) {
      const occ = model.static.winners[n]!;
      const key = occ.key;
      const info = NUMBER_KEYS.get(key);
      if (info === undefined || isShortDecimal(occ.value) || !keyExistsIn(info, model.version)) continue;
      const r = info.kind === 'int' ? parseJavaInt(occ.value) : parseJavaLong(occ.value);
      if (r.ok) continue;
      const v = occ.value;
      const why = v.includes('#')
        ? ' zoo.cfg has no inline comments: everything after the separator is the value'
        : /^[+-]?0[xX]/.test(v)
          ? ' only decimal numbers are accepted'
          : /^[+-]?\d+[a-zA-Z]+$/.test(v)
            ? ' units are not accepted'
            : v === ''
              ? ' the value is empty'
              : /^[+-]?\d+$/.test(v)
                ? ` it is outside the ${info.kind === 'int' ? '32' : '64'}-bit range`
                : '';
      report({
        at: { occ, part: 'value' },
        message: `${key}=${JSON.stringify(v)} is not a ${info.kind === 'int' ? 'Java int' : 'Java long'}:${why || ' ZooKeeper parses it as a plain decimal number'}. ZooKeeper refuses to start.`,
        hint: v.includes('#') ? `Move the comment to its own line: ${key}=${v.split('#')[0]?.trim()}` : `Write a plain decimal number, e.g. ${key}=${info.default && /^\d+$/.test(info.default) ? info.default : '10'}.`,
        zookeeper: { effect: 'fatal', says: r.says },
      });
    }
  },
});
