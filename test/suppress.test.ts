/** Inline suppressions in config comments and the unused-suppression rule. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';

const HEAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\n';
const ids = (text: string, opts = {}) =>
  lintText(HEAD + text, opts)
    .flatMap((r) => r.diagnostics)
    .filter((d) => ['duplicate-key', 'unknown-key', 'unused-suppression'].includes(d.ruleId))
    .map((d) => `${d.ruleId}@${d.line}`);

describe('inline suppressions', () => {
  it('disable-next-line silences that rule on the next line only', () => {
    expect(ids('clientPort=1\n# zklint-disable-next-line duplicate-key -- reason\nclientPort=2\n')).toEqual([]);
    expect(ids('clientPort=1\nclientPort=2\n')).toEqual(['duplicate-key@6']);
    expect(ids('# zklint-disable-next-line duplicate-key\n\nclientPort=1\nclientPort=2\n')).toEqual(['unused-suppression@5', 'duplicate-key@8']);
  });
  it('disable silences a rule in the whole file; no rule named silences all', () => {
    expect(ids('# zklint-disable unknown-key\nfoo=1\nbar=2\n')).toEqual([]);
    expect(ids('# zklint-disable-next-line\nfoo=1\n')).toEqual([]);
    expect(ids('# zklint-disable duplicate-key\nfoo=1\n')).toEqual(['unused-suppression@5', 'unknown-key@6']);
  });
  it('reports unknown rule ids with a suggestion', () => {
    const d = lintText(`${HEAD}# zklint-disable-next-line unknwn-key\nfoo=1\n`).flatMap((r) => r.diagnostics).find((x) => x.ruleId === 'unused-suppression');
    expect(d?.message).toContain('did you mean "unknown-key"');
  });
  it('inlineConfig: false ignores the comments', () => {
    expect(ids('# zklint-disable unknown-key\nfoo=1\n', { inlineConfig: false })).toEqual(['unknown-key@6']);
  });
  it('a plain comment mentioning zklint is not a directive', () => {
    expect(ids('# zklint-disabled by ops\nfoo=1\n')).toEqual(['unknown-key@6']);
  });
  it('keepSuppressed keeps silenced findings with the reason', () => {
    const r = lintText(`${HEAD}# zklint-disable-next-line unknown-key -- legacy\nfoo=1\n`, { keepSuppressed: true });
    expect(r[0]?.suppressed?.map((d) => [d.ruleId, d.suppressions])).toEqual([['unknown-key', [{ kind: 'inSource', justification: 'legacy' }]]]);
  });
});
