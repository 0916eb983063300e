import { defineRule, relatedOf } from '../src/rule.js';
import type { ServerDecl } from '../src/model/membership.js';

/** `keys`: the merged keys in words; `kept`: the line ZooKeeper keeps; `members`: members left; `lines`: members written. */
type Args = { keys: string; id: string; kept: string; members: number; lines: number };

/** Server ids are Longs: `server.1` and `server.01` are the same server, and the last line wins. */
export default defineRule({
  id: 'server-id-merged',
  scope: 'any',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'Two server lines whose ids are the same number (server.1 and server.01): one is silently dropped.' },
  zookeeper: { effect: 'silent' },
  messages: {
    sameServer: ({ keys, id, kept, members, lines }: Args) =>
      `${keys} are the same server (id ${id}): ZooKeeper keeps only ${kept}, so the ensemble silently has ${members} members, not ${lines}.`,
    dropped: 'dropped',
  },
  hints: { sameServer: 'Give every server its own id, written without leading zeros.' },
  check({ model, report }) {
    // As many members as lines: every line has its own id, so none was merged into another.
    if (model.membership.lines.length === model.membership.members.size) return;
    const byId = new Map<string, ServerDecl[]>();
    for (const d of model.membership.lines) {
      if (d.id === undefined) continue;
      const list = byId.get(d.id) ?? [];
      list.push(d);
      byId.set(d.id, list);
    }
    for (const [id, list] of byId) {
      const keys = new Set(list.map((d) => d.occ.entry.key));
      if (keys.size < 2) continue; // the same key twice is duplicate-key
      const winner = model.membership.members.get(id) ?? (list[list.length - 1] as ServerDecl);
      const losers = list.filter((d) => d !== winner);
      report({
        messageId: 'sameServer',
        args: {
          keys: [...keys].join(' and '),
          id,
          kept: `${winner.occ.entry.key}=${winner.occ.entry.value.trim()}`,
          members: model.membership.members.size,
          lines: model.membership.members.size + losers.length,
        } satisfies Args,
        at: { occ: winner.occ, part: 'key' },
        related: relatedOf(losers, (d) => ({ at: { occ: d.occ, part: 'key' as const }, messageId: 'dropped' })),
      });
    }
  },
});
