import { defineRule } from '../src/rule.js';
import { trailingWhitespaceNote } from '../src/model/describe.js';
import type { MembershipError } from '../src/model/membership.js';
import { trimValueEndFix } from '../src/fix/edits.js';

/** group./weight. problems, and a server missing from every group. */
export function isHierarchyError(err: MembershipError): boolean {
  return err.occ.key.startsWith('group') || err.occ.key.startsWith('weight') || /is not in a group$/.test(err.says);
}

/** `says`: ZooKeeper's words; `trailing`: a note on trailing whitespace, or ''. */
type Args = { key: string; value: string; says: string; trailing: string };

const refused = ({ key, value, says, trailing }: Args) => `${key}=${value}: ZooKeeper refuses to start: ${says}.${trailing}`;

/** server.N / group.N / weight.N values ZooKeeper cannot parse: fatal, with ZooKeeper's words. */
export default defineRule({
  id: 'server-line-invalid',
  scope: 'any',
  severity: 'error',
  versions: 'all',
  docs: { description: 'A server, group or weight line ZooKeeper cannot parse (grammar, ports, roles, ids, groups).' },
  zookeeper: { effect: 'fatal' },
  // One text; the fix depends on what was refused.
  messages: { multiAddressDisabled: refused, invalidServerLine: refused, invalidGroupLine: refused },
  hints: {
    multiAddressDisabled:
      'Start the server with -Dzookeeper.multiAddress.enabled=true (SERVER_JVMFLAGS; the zoo.cfg key multiAddress.enabled does not do it) and give zklint the same JVM flags, or keep one address per server.',
    invalidServerLine: 'Use server.<id>=<host>:<quorumPort>:<electionPort>[:participant|observer][;[<clientHost>:]<clientPort>] with no spaces.',
    invalidGroupLine: 'Use group.<gid>=<id>:<id>:… and weight.<id>=<number>, each voting server in exactly one group.',
  },
  check({ model, report }) {
    for (const err of model.membership.errors) {
      const { occ } = err;
      if (isHierarchyError(err)) continue; // reported by hierarchical-quorum-invalid
      const part = err.where === 'key' ? ('key' as const) : err.where;
      const trailing = trailingWhitespaceNote(occ.entry.value, err.says);
      report({
        messageId: err.says.startsWith('Multiple address feature is disabled')
          ? 'multiAddressDisabled'
          : occ.key.startsWith('server.')
            ? 'invalidServerLine'
            : 'invalidGroupLine',
        args: { key: occ.key, value: occ.entry.value.trim(), says: err.says, trailing } satisfies Args,
        at: { occ, part },
        zookeeper: { effect: 'fatal', says: err.says },
        fix: trailing ? trimValueEndFix(occ) : undefined,
      });
    }
  },
});
