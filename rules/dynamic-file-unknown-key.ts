import { defineRule } from '../src/rule.js';
import { isMembershipKey } from '../src/model/membership.js';

/** `rawKey`: the key as Properties read it (ZooKeeper names it untrimmed). */
type Unknown = { key: string; rawKey: string; file: string; staticFile: string };
const says = (rawKey: string) => `Unrecognised parameter: ${rawKey}`;

/** The dynamic file holds membership only; anything else is refused. */
export default defineRule({
  id: 'dynamic-file-unknown-key',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'A key other than server./group/weight in the dynamic config file.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    notMembership: ({ key, rawKey, file }: Unknown) =>
      `${key} is in the dynamic config file ${file}, which may only hold server.N, group.N and weight.N lines. ZooKeeper refuses to start ("${says(rawKey)}").`,
    namedHere: 'dynamic file named here',
  },
  hints: {
    notMembership: ({ key, staticFile }: Unknown) => `Move ${key} to the static config (${staticFile}).`,
  },
  check({ model, report }) {
    const dynamic = model.dynamic;
    const file = dynamic?.file;
    if (!dynamic || !file) return;
    for (const occ of file.winners) {
      const key = occ.key;
      if (isMembershipKey(key) || key === 'version') continue;
      report({
        messageId: 'notMembership',
        args: { key, rawKey: occ.entry.key, file: file.source.path, staticFile: model.static.source.path } satisfies Unknown,
        at: { occ },
        related: [{ at: { occ: dynamic.occ, part: 'value' }, messageId: 'namedHere' }],
        zookeeper: { effect: 'fatal', says: says(occ.entry.key) },
      });
    }
  },
});
