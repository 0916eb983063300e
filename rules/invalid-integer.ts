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

type Why = 'comment' | 'hex' | 'unit' | 'empty' | 'range' | 'other';
type NotNumber = { key: string; value: string; kind: 'int' | 'long'; why: Why; example: string };

function whyOf(v: string): Why {
  if (v.includes('#')) return 'comment';
  if (/^[+-]?0[xX]/.test(v)) return 'hex';
  if (/^[+-]?\d+[a-zA-Z]+$/.test(v)) return 'unit';
  if (v === '') return 'empty';
  if (/^[+-]?\d+$/.test(v)) return 'range';
  return 'other';
}

const WHY: Record<Why, (kind: 'int' | 'long') => string> = {
  comment: () => ' zoo.cfg has no inline comments: everything after the separator is the value',
  hex: () => ' only decimal numbers are accepted',
  unit: () => ' units are not accepted',
  empty: () => ' the value is empty',
  range: (kind) => ` it is outside the ${kind === 'int' ? '32' : '64'}-bit range`,
  other: () => ' ZooKeeper parses it as a plain decimal number',
};

/** QuorumPeerConfig reads these with Integer.parseInt / Long.parseLong: anything else is fatal. */
export default defineRule({
  id: 'invalid-integer',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A number ZooKeeper cannot parse (hex, units, spaces, inline comments, out of range).' },
  zookeeper: { effect: 'fatal', says: 'For input string' },
  messages: {
    notNumber: ({ key, value, kind, why }: NotNumber) =>
      `${key}=${JSON.stringify(value)} is not a ${kind === 'int' ? 'Java int' : 'Java long'}:${WHY[why](kind)}. ZooKeeper refuses to start.`,
  },
  hints: {
    notNumber: ({ key, value, why, example }: NotNumber) =>
      why === 'comment' ? `Move the comment to its own line: ${key}=${value.split('#')[0]?.trim()}` : `Write a plain decimal number, e.g. ${key}=${example}.`,
  },
  check({ model, report }) {
    for (const occ of model.static.winners) {
      const key = occ.key;
      const info = NUMBER_KEYS.get(key);
      if (info === undefined || isShortDecimal(occ.value) || !keyExistsIn(info, model.version)) continue;
      const kind = info.kind === 'int' ? 'int' : 'long';
      const r = kind === 'int' ? parseJavaInt(occ.value) : parseJavaLong(occ.value);
      if (r.ok) continue;
      const example = info.default && /^\d+$/.test(info.default) ? info.default : '10';
      report({
        messageId: 'notNumber',
        args: { key, value: occ.value, kind, why: whyOf(occ.value), example } satisfies NotNumber,
        at: { occ, part: 'value' },
        zookeeper: { effect: 'fatal', says: r.says },
      });
    }
  },
});
