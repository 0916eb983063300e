import { defineRule } from '../src/rule.js';

/** server.N / group.N / weight.N values ZooKeeper cannot parse: fatal, with ZooKeeper's words. */
export default defineRule({
  id: 'server-line-invalid',
  scope: 'any',
  severity: 'error',
  docs: { description: 'A server, group or weight line ZooKeeper cannot parse (grammar, ports, roles, ids, groups).', versions: 'all' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    for (const err of model.membership.errors) {
      const { occ } = err;
      const part = err.where === 'key' ? ('key' as const) : err.where;
      const trailing =
        /[\s]$/.test(occ.entry.value) && (err.says.startsWith('Address unresolved') || err.says.startsWith('For input string'))
          ? ` The value ends in whitespace (${JSON.stringify(occ.entry.value.slice(occ.entry.value.trimEnd().length))}), which ZooKeeper does not trim on server, group and weight lines.`
          : '';
      report({
        at: { occ, part },
        message: `${occ.key}=${occ.entry.value.trim()}: ZooKeeper refuses to start: ${err.says}.${trailing}`,
        hint: occ.key.startsWith('server.')
          ? 'Use server.<id>=<host>:<quorumPort>:<electionPort>[:participant|observer][;[<clientHost>:]<clientPort>] with no spaces.'
          : 'Use group.<gid>=<id>:<id>:… and weight.<id>=<number>, each voting server in exactly one group.',
        zookeeper: { effect: 'fatal', says: err.says },
      });
    }
  },
});
