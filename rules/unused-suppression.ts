import { defineRule } from '../src/rule.js';

/**
 * A `# zklint-disable…` comment that silences nothing (or names no known rule). The engine
 * reports it after the other rules ran (src/engine/suppress.ts); this entry gives it an id,
 * a severity that configs can change, its words, and docs.
 */
export default defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  versions: 'all',
  scope: 'any',
  docs: { description: 'A zklint-disable comment suppresses no finding, or names a rule that does not exist.' },
  zookeeper: { effect: 'silent' },
  messages: {
    silencesNothing: ({ scope }: { scope: string }) => `This zklint-disable comment silences nothing ${scope}.`,
    unknownRule: ({ id, near }: { id: string; near?: string }) =>
      `No rule is called "${id}"${near ? ` (did you mean "${near}"?)` : ''}, so this comment silences nothing.`,
    unused: ({ id, scope }: { id: string; scope: string }) => `"${id}" reports nothing ${scope}, so this suppression is unused.`,
  },
  hints: {
    silencesNothing: 'Remove the comment.',
    unknownRule: ({ near }: { near?: string }) => (near ? `Write ${near}.` : 'Use a rule id from rules/README.md.'),
    unused: 'Remove the rule from the comment (or the whole comment).',
  },
  check() {},
});
