import { defineRule, type LegacyReport as Report } from '../src/rule.js';
import type { Membership } from '../src/model/membership.js';
import { trailingWhitespaceNote } from '../src/model/describe.js';
import { isHierarchyError } from './server-line-invalid.js';

const NEGATIVE_ZERO = /^-0+$/;

/** Reports the group/weight errors in ZooKeeper's order. */
function reportHierarchyErrors(membership: Membership, report: (r: Report) => void): void {
  const errors = membership.errors.filter(isHierarchyError);
  // ZooKeeper stops at the first group/weight error; "not in a group" is only checked after all lines parse.
  const lineErrors = errors.filter((e) => !/is not in a group$/.test(e.says));
  for (const err of lineErrors.length ? lineErrors : errors) {
    const { occ } = err;
    const part = err.where === 'key' ? ('key' as const) : err.where;
    let message: string;
    let hint = 'Put every voting server in exactly one group.<gid>=<id>:<id>:… line and give weights as weight.<id>=<number>.';
    const notIn = /^Server (.*)is not in a group$/.exec(err.says);
    const multi = /^Server (.*)is in multiple groups$/.exec(err.says);
    if (notIn) {
      message = `${occ.key} is a voting server but no group.N line lists ${notIn[1]}: once any group or weight line exists every participant must be in a group. ZooKeeper refuses to start ("${err.says}").`;
      if (!membership.members.has(notIn[1] as string)) hint = 'Add the id to a group line, or remove the group/weight lines to use plain majority.';
    } else if (multi) {
      message = `${occ.key} lists server ${multi[1]}, which is already in another group: a server belongs to exactly one group. ZooKeeper refuses to start ("${err.says}").`;
    } else if (err.says === 'NullPointerException') {
      message = `${occ.key}=${occ.entry.value.trim()} lists an id that has no participant server line and no weight: ZooKeeper crashes with a NullPointerException while computing group weights (exit 1, nothing on stderr).`;
      hint = 'Remove ids without a server line from the group, or add their server lines.';
    } else if (!/^(group|weight)\./.test(occ.key)) {
      message = `${occ.key}: every key starting with "group" or "weight" is read as a group.<gid> or weight.<sid> line, and "${occ.key}" has no number after a dot. ZooKeeper refuses to start (${err.says}).`;
      hint = `Rename or remove ${occ.key}; keys starting with "group" or "weight" are reserved for the hierarchical quorum.`;
    } else {
      message = `${occ.key}=${occ.entry.value.trim()}: ZooKeeper refuses to start: ${err.says}.${trailingWhitespaceNote(occ.entry.value, err.says)}`;
    }
    report({ at: { occ, part }, message, hint, zookeeper: { effect: 'fatal', says: err.says } });
  }
}

/** group.N / weight.N lines ZooKeeper refuses (or crashes on). */
export default defineRule({
  id: 'hierarchical-quorum-invalid',
  scope: 'any',
  severity: 'error',
  docs: { description: 'Hierarchical quorum (group./weight.) lines ZooKeeper refuses: a voter in no group or two groups, a grouped id with no server line, an unparsable id or weight.', versions: 'all' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    const membership = model.membership;
    if (membership.errors.length > 0) {
      reportHierarchyErrors(membership, report);
      return;
    }
    // Silent oddities: negative weights are accepted and distort every quorum count.
    if (!membership.hierarchical) return;
    for (let n = 0; n < membership.file.occurrences.length; n++) {
      const occ = membership.file.occurrences[n]!;
      if (!occ.key.startsWith('weight.')) continue;
      const weight = occ.entry.value.trim();
      if (!weight.startsWith('-') || NEGATIVE_ZERO.test(weight)) continue;
      report({
        at: { occ, part: 'value' },
        severity: 'warning',
        message: `${occ.key}=${occ.entry.value.trim()}: a negative weight is accepted silently and subtracts from the group's total, so quorums are counted wrongly.`,
        hint: 'Use 0 (server does not vote) or a positive weight.',
        zookeeper: { effect: 'silent' },
      });
    }
  },
});
