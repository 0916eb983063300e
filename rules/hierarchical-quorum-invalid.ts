import { defineRule, type Report } from '../src/rule.js';
import type { Membership } from '../src/model/membership.js';
import { trailingWhitespaceNote } from '../src/model/describe.js';
import { isHierarchyError } from './server-line-invalid.js';

const NEGATIVE_ZERO = /^-0+$/;
const ONE_GROUP = 'Put every voting server in exactly one group.<gid>=<id>:<id>:… line and give weights as weight.<id>=<number>.';

type Line = { key: string; value: string; says: string };
type NotInGroup = Line & { id: string; hasServerLine: boolean };
type InGroups = Line & { id: string };
type Refused = Line & { note: string };

type Id = 'notInGroup' | 'multipleGroups' | 'nullPointer' | 'reservedPrefix' | 'refused' | 'negativeWeight';

/** Reports the group/weight errors in ZooKeeper's order. */
function reportHierarchyErrors(membership: Membership, report: (r: Report<Id>) => void): void {
  const errors = membership.errors.filter(isHierarchyError);
  // ZooKeeper stops at the first group/weight error of a line. Only once every line is read does it
  // check that each participant is in a group, and only after that does it add up the group
  // weights (where a missing weight crashes it): the model leaves the crash out when a participant
  // is in no group, and a line's error comes first.
  const afterLines = (e: (typeof errors)[number]) => /is not in a group$/.test(e.says) || e.says === 'NullPointerException';
  const lineErrors = errors.filter((e) => !afterLines(e));
  for (const err of lineErrors.length ? lineErrors : errors) {
    const { occ, says } = err;
    const line: Line = { key: occ.key, value: occ.entry.value.trim(), says };
    const at = { occ, part: err.where === 'key' ? ('key' as const) : err.where };
    const zookeeper = { effect: 'fatal' as const, says };
    const notIn = /^Server (.*)is not in a group$/.exec(says);
    const multi = /^Server (.*)is in multiple groups$/.exec(says);
    if (notIn) {
      const id = notIn[1] as string;
      report({ messageId: 'notInGroup', args: { ...line, id, hasServerLine: membership.members.has(id) } satisfies NotInGroup, at, zookeeper });
    } else if (multi) {
      report({ messageId: 'multipleGroups', args: { ...line, id: multi[1] as string } satisfies InGroups, at, zookeeper });
    } else if (says === 'NullPointerException') {
      report({ messageId: 'nullPointer', args: line, at, zookeeper });
    } else if (!/^(group|weight)\./.test(occ.key)) {
      report({ messageId: 'reservedPrefix', args: line, at, zookeeper });
    } else {
      report({ messageId: 'refused', args: { ...line, note: trailingWhitespaceNote(occ.entry.value, says) } satisfies Refused, at, zookeeper });
    }
  }
}

/** group.N / weight.N lines ZooKeeper refuses (or crashes on). */
export default defineRule({
  id: 'hierarchical-quorum-invalid',
  scope: 'any',
  severity: 'error',
  versions: 'all',
  docs: { description: 'Hierarchical quorum (group./weight.) lines ZooKeeper refuses: a voter in no group or two groups, a grouped id with no server line, an unparsable id or weight.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    notInGroup: ({ key, id, says }: NotInGroup) =>
      `${key} is a voting server but no group.N line lists ${id}: once any group or weight line exists every participant must be in a group. ZooKeeper refuses to start ("${says}").`,
    multipleGroups: ({ key, id, says }: InGroups) =>
      `${key} lists server ${id}, which is already in another group: a server belongs to exactly one group. ZooKeeper refuses to start ("${says}").`,
    nullPointer: ({ key, value }: Line) =>
      `${key}=${value} lists an id that has no participant server line and no weight: ZooKeeper crashes with a NullPointerException while computing group weights (exit 1, nothing on stderr).`,
    reservedPrefix: ({ key, says }: Line) =>
      `${key}: every key starting with "group" or "weight" is read as a group.<gid> or weight.<sid> line, and "${key}" has no number after a dot. ZooKeeper refuses to start (${says}).`,
    refused: ({ key, value, says, note }: Refused) => `${key}=${value}: ZooKeeper refuses to start: ${says}.${note}`,
    negativeWeight: ({ key, value }: Line) =>
      `${key}=${value}: a negative weight is accepted silently and subtracts from the group's total, so quorums are counted wrongly.`,
  },
  hints: {
    notInGroup: ({ hasServerLine }: NotInGroup) =>
      hasServerLine ? ONE_GROUP : 'Add the id to a group line, or remove the group/weight lines to use plain majority.',
    multipleGroups: ONE_GROUP,
    nullPointer: 'Remove ids without a server line from the group, or add their server lines.',
    reservedPrefix: ({ key }: Line) => `Rename or remove ${key}; keys starting with "group" or "weight" are reserved for the hierarchical quorum.`,
    refused: ONE_GROUP,
    negativeWeight: 'Use 0 (server does not vote) or a positive weight.',
  },
  check({ model, report }) {
    const membership = model.membership;
    if (membership.errors.length > 0) {
      reportHierarchyErrors(membership, report);
      return;
    }
    // Silent oddities: negative weights are accepted and distort every quorum count.
    if (!membership.hierarchical) return;
    for (const occ of membership.file.occurrences) {
      if (!occ.key.startsWith('weight.')) continue;
      const weight = occ.entry.value.trim();
      if (!weight.startsWith('-') || NEGATIVE_ZERO.test(weight)) continue;
      report({
        messageId: 'negativeWeight',
        args: { key: occ.key, value: weight, says: '' } satisfies Line,
        at: { occ, part: 'value' },
        severity: 'warning',
        zookeeper: { effect: 'silent' },
      });
    }
  },
});
