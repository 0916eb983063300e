import { defineRule } from '../src/rule.js';
import { trailingWhitespaceNote } from '../src/model/describe.js';
import type { MembershipError } from '../src/model/membership.js';
import { trimValueEndFix } from '../src/fix/edits.js';

/** group./weight. problems, and a server missing from every group. */
export function isHierarchyError(err: MembershipError): boolean {
  return err.occ.key.startsWith('group') || err.occ.key.startsWith('weight') || /is not in a group$/.test(err.says);
}

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
      if (isHierarchyError(err)) continue; // reported by hierarchical-quorum-invalid
      const part = err.where === 'key' ? ('key' as const) : err.where;
      const trailing = trailingWhitespaceNote(occ.entry.value, err.says);
      report({
        at: { occ, part },
        message: `${occ.key}=${occ.entry.value.trim()}: ZooKeeper refuses to start: ${err.says}.${trailing}`,
        hint: err.says.startsWith('Multiple address feature is disabled')
          ? 'Start the server with -Dzookeeper.multiAddress.enabled=true (SERVER_JVMFLAGS; the zoo.cfg key multiAddress.enabled does not do it) and tell zklint with --jvm-flag or --env-file, or keep one address per server.'
          : occ.key.startsWith('server.')
          ? 'Use server.<id>=<host>:<quorumPort>:<electionPort>[:participant|observer][;[<clientHost>:]<clientPort>] with no spaces.'
          : 'Use group.<gid>=<id>:<id>:… and weight.<id>=<number>, each voting server in exactly one group.',
        zookeeper: { effect: 'fatal', says: err.says },
        fix: trailing ? trimValueEndFix(occ) : undefined,
      });
    }
  },
});
