import { defineRule } from '../src/rule.js';
import { hasPlaceholder } from '../src/model/placeholder.js';
import { KEYS } from '../src/model/catalogue.js';
import { isMembershipKey } from '../src/model/membership.js';

const SPACE_HASH = /\s#/;

type Comment = { key: string; value: string; kept: string };

/** `#` starts a comment only at the start of a line; `key=value # note` keeps the note in the value. */
export default defineRule({
  id: 'inline-comment',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A `# comment` after a value: it is part of the value, not a comment.' },
  zookeeper: { effect: 'silent' },
  messages: {
    inValue: ({ key, value }: Comment) =>
      `${key} is "${value}", comment included: zoo.cfg has comments only on lines that start with # or !, so ZooKeeper uses the whole text as the value.`,
  },
  hints: { inValue: ({ key, kept }: Comment) => `Move the comment to its own line: ${key}=${kept}` },
  check({ model, report }) {
    for (const occ of model.static.occurrences) {
      if (!occ.value.includes('#')) continue;
      const m = SPACE_HASH.exec(occ.value);
      if (!m || hasPlaceholder(occ.file.text.slice(occ.entry.lineSpan.start, occ.entry.lineSpan.end))) continue;
      const info = KEYS.get(occ.key);
      // Numbers and booleans: invalid-integer / invalid-boolean report the fatal error. Membership: server-line-invalid.
      if (info?.parsed && (info.kind === 'int' || info.kind === 'long' || info.kind === 'bool')) continue;
      if (isMembershipKey(occ.key)) continue;
      const lead = occ.entry.value.length - occ.entry.value.trimStart().length;
      report({
        messageId: 'inValue',
        args: { key: occ.key, value: occ.value, kept: occ.value.slice(0, m.index).trimEnd() } satisfies Comment,
        at: { occ, part: { start: lead + m.index + 1, end: lead + occ.value.length } },
      });
    }
  },
});
