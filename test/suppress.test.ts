/** Inline suppressions in config comments (per-file and ensemble findings) and the unused-suppression rule. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { lintEnsemble, type EnsembleLintOptions } from '../src/index.js';
import type { FileResult } from '../src/diagnostic.js';

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
  it('a directive may follow any whitespace after the marker, a no-break space too; one repeated is read alike each time', () => {
    expect(ids('#\t zklint-disable-next-line unknown-key\nfoo=1\n')).toEqual([]);
    expect(ids('#\u00a0zklint-disable-next-line unknown-key\nfoo=1\n')).toEqual([]);
    expect(ids('#\u0001zklint-disable-next-line unknown-key\nfoo=1\n')).toEqual(['unknown-key@6']);
    const twice = '# zklint-disable-next-line unknown-key\nfoo=1\n# zklint-disable-next-line unknown-key\nbar=1\n# zklint-disable-next-line unknown-key\n\n';
    expect(ids(twice)).toEqual(['unused-suppression@9']);
  });
  it('a plain comment mentioning zklint is not a directive', () => {
    expect(ids('# zklint-disabled by ops\nfoo=1\n')).toEqual(['unknown-key@6']);
  });
  it('keepSuppressed keeps silenced findings with the reason', () => {
    const r = lintText(`${HEAD}# zklint-disable-next-line unknown-key -- legacy\nfoo=1\n`, { keepSuppressed: true });
    expect(r[0]?.suppressed?.map((d) => [d.ruleId, d.suppressions])).toEqual([['unknown-key', [{ kind: 'inSource', justification: 'legacy' }]]]);
  });
});

describe('inline suppressions and ensemble rules', () => {
  // Three nodes on one host: every node after the first clashes on clientPort (line 5 + offset) and the AdminServer port.
  const node = (i: number, extra = '') =>
    `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zk${i}\n${extra}clientPort=2181\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.1:2889:3889\nserver.3=127.0.0.1:2890:3890\n`;
  const lint = (n2Extra: string, opts: EnsembleLintOptions = {}) =>
    lintEnsemble([1, 2, 3].map((i) => ({ name: `n${i}`, configText: node(i, i === 2 ? n2Extra : ''), myid: i })), opts).results;
  const on = (results: FileResult[], file: string, rules = ['ensemble-port-clash', 'unused-suppression', 'autopurge-disabled']) =>
    (results.find((r) => r.file === file)?.diagnostics ?? []).filter((d) => rules.includes(d.ruleId)).map((d) => `${d.ruleId}@${d.line}`);

  it('disable-next-line silences an ensemble finding on that node\'s line only', () => {
    expect(on(lint(''), 'n2')).toEqual(['autopurge-disabled@1', 'ensemble-port-clash@5', 'ensemble-port-clash@7']);
    const r = lint('# zklint-disable-next-line ensemble-port-clash -- staging only\n', { keepSuppressed: true });
    expect(on(r, 'n2')).toEqual(['autopurge-disabled@1', 'ensemble-port-clash@8']);
    expect(r.find((x) => x.file === 'n2')?.suppressed?.map((d) => [d.ruleId, d.line, d.suppressions])).toEqual([
      ['ensemble-port-clash', 6, [{ kind: 'inSource', justification: 'staging only' }]],
    ]);
    // Another node's comments do not silence it: n3 still clashes.
    expect(on(r, 'n3').filter((x) => x.startsWith('ensemble-port-clash'))).toHaveLength(4);
  });

  it('disable silences ensemble and per-file findings in the whole file when linted as an ensemble', () => {
    expect(on(lint('# zklint-disable ensemble-port-clash, autopurge-disabled\n'), 'n2')).toEqual([]);
  });

  it('unused-suppression knows ensemble rule ids: unused when the rule ran, suggestions for typos', () => {
    const d = lint('# zklint-disable ensemble-duplicate-myid, ensemble-prt-clash\n')
      .flatMap((r) => r.diagnostics)
      .filter((x) => x.ruleId === 'unused-suppression')
      .map((x) => x.message);
    expect(d).toHaveLength(2);
    expect(d[0]).toContain('"ensemble-duplicate-myid" reports nothing in this file');
    expect(d[1]).toContain('No rule is called "ensemble-prt-clash" (did you mean "ensemble-port-clash"?)');
  });

  it('a file linted alone: naming an ensemble rule is neither unknown nor unused', () => {
    expect(ids('# zklint-disable ensemble-port-clash -- checked per ensemble\nfoo=1\n')).toEqual(['unknown-key@6']);
    const d = lintText(`${HEAD}# zklint-disable ensemble-prt-clash\n`).flatMap((r) => r.diagnostics).find((x) => x.ruleId === 'unused-suppression');
    expect(d?.message).toContain('did you mean "ensemble-port-clash"');
  });

  it('inlineConfig: false ignores the comments in ensembles too', () => {
    expect(on(lint('# zklint-disable ensemble-port-clash\n', { inlineConfig: false }), 'n2')).toEqual(['autopurge-disabled@1', 'ensemble-port-clash@6', 'ensemble-port-clash@8']);
  });
});

describe('many unused suppressions', () => {
  it('past the first 1,000 of a file they are counted into one summary, in file order', () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `# zklint-disable-next-line duplicate-key${i % 2 ? ', unknwn-key' : ''}\nk${i}=1\n# zklint-disable-next-line\n`).join('');
    const [r] = lintText(`${HEAD}clientPort=2181\n${lines}`, { filePath: 'zoo.cfg', rules: { 'unknown-key': 'off' } });
    const unused = r!.diagnostics.filter((d) => d.ruleId === 'unused-suppression');
    // Per directive pair: duplicate-key unused, every other one an unknown id, the bare one silences nothing: 3750.
    expect(unused).toHaveLength(1001);
    expect(unused.reduce((s, d) => s + 1 + (d.omitted ?? 0), 0)).toBe(3750);
    expect(unused.slice(0, 1000).map((d) => d.line)).toEqual([...unused.slice(0, 1000).map((d) => d.line)].sort((a, b) => a - b));
    const summary = unused[1000]!;
    expect(summary.omitted).toBe(2749);
    // The 1,001st finding: two pairs of directives make 5, so it is the first of pair 400 (line 6 + 3 · 400).
    expect(summary.line).toBe(6 + 3 * 400);
    expect(summary.message).toBe(
      '2750 more findings of unused-suppression in this file, from this line on, are not listed (only the first 1000 are). ' +
        'The first of them: "duplicate-key" reports nothing on line 1207, so this suppression is unused.',
    );
  });
});
