/**
 * The per-rule-and-file cap applied while rules report (src/engine/run.ts): reports past the first
 * 1,001 per rule and file are counted, not turned into diagnostics. The result must be the one of
 * building every diagnostic and capping the sorted list, whatever order a rule reports in.
 * Reference: the same text with a comment holding "zklint-" (not a directive), which turns the
 * report-time cap off (a suppression could silence a kept finding) and changes nothing else.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { defineRule, lintText as lint } from '../src/index.js';
import { MAX_PER_RULE_FILE } from '../src/engine/cap.js';
import { reportTimeCap } from '../src/lint.js';

const DEFAULT_FROM = reportTimeCap.from;
afterEach(() => {
  reportTimeCap.from = DEFAULT_FROM;
});

/** The text linted with the report-time cap on whatever its size, and with it off (the reference). */
function capped(text: string, options: Parameters<typeof lint>[1]) {
  reportTimeCap.from = 0;
  return lint(text, options);
}
function reference(text: string, options: Parameters<typeof lint>[1]) {
  reportTimeCap.from = Infinity;
  return lint(text, options);
}

const HEAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\n';

type Plan = { order: number[]; severities: Array<'error' | 'warning' | 'info' | undefined>; otherFile: boolean[] };

function ruleFor(plan: Plan) {
  return defineRule({
    id: 'every-line',
    severity: 'warning',
    versions: 'all',
    docs: { description: 'Reports every entry, in a given order.' },
    zookeeper: { effect: 'silent' },
    messages: { line: ({ key }: { key: string }) => `Entry ${key}.` },
    hints: { line: 'Nothing to do.' },
    check({ model, report }) {
      const occs = model.static.occurrences;
      for (const i of plan.order) {
        const occ = occs[i % occs.length]!;
        report({
          messageId: 'line',
          args: { key: `${occ.key}#${i}` },
          // Some on another file (line 1 for all: ties kept in report order), the others on the entry's key or value.
          at: plan.otherFile[i] ? { file: 'other.cfg' } : { occ, part: i % 3 === 0 ? 'value' : 'key' },
          severity: plan.severities[i],
          related: [{ at: { occ: occs[0]!, part: 'key' } }],
          fix: { safe: true, title: 'none', edits: [{ start: 0, end: 0, text: '' }] },
        });
      }
    },
  });
}

function both(lines: number, plan: Plan, directives: (i: number) => string = () => '') {
  const body = Array.from({ length: lines }, (_, i) => `${directives(i)}k${i}=v${i}\n`).join('');
  const options = { filePath: '/x/zoo.cfg', customRules: [ruleFor(plan)], keepSuppressed: true };
  return { capped: capped(HEAD + body, options), reference: reference(HEAD + body, options) };
}

describe('report-time cap', () => {
  it('keeps the same findings and summary as capping every diagnostic, for any report order', () => {
    const n = MAX_PER_RULE_FILE + 300;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n - 200, maxLength: n }),
        fc.array(fc.constantFrom('error' as const, 'warning' as const, 'info' as const, undefined), { minLength: n, maxLength: n }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        fc.integer({ min: 1, max: 1400 }),
        (order, severities, otherFile, lines) => {
          const { capped, reference } = both(lines, { order, severities, otherFile });
          expect(JSON.stringify(capped)).toBe(JSON.stringify(reference));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a rule reporting twice the limit in reverse order: the first 1,000 entries, then one summary of the rest', () => {
    const n = 2 * MAX_PER_RULE_FILE;
    const order = Array.from({ length: n }, (_, i) => n - 1 - i);
    const { capped, reference } = both(n, { order, severities: [], otherFile: [] });
    expect(JSON.stringify(capped)).toBe(JSON.stringify(reference));
    const mine = capped[0]!.diagnostics.filter((d) => d.ruleId === 'every-line');
    expect(mine).toHaveLength(MAX_PER_RULE_FILE + 1);
    // Reported last, listed first: the first entry of the file.
    expect(mine[0]!.message).toBe('Entry tickTime#0.');
    expect(mine[MAX_PER_RULE_FILE - 1]!.line).toBe(MAX_PER_RULE_FILE);
    expect(mine[MAX_PER_RULE_FILE]!.omitted).toBe(n - MAX_PER_RULE_FILE - 1);
    expect(mine[MAX_PER_RULE_FILE]!.message).toMatch(/^1000 more findings of every-line in this file/);
    expect(mine[MAX_PER_RULE_FILE]!.fix).toBeUndefined();
  });

  it('unknown-key skips the did-you-mean of findings only counted, and says the same', () => {
    // Typos with a suggestion before, at and past the limit: the 1,001st (the summary's first) must keep its words.
    const keys = Array.from({ length: 1500 }, (_, i) => (i === 1000 ? 'maxClientCnxnz' : i % 250 === 0 ? `tickTme${String.fromCharCode(97 + i / 250)}` : `unknownKey${i}`));
    const text = HEAD + keys.map((k) => `${k}=1\n`).join('');
    const got = capped(text, { filePath: '/x/zoo.cfg' });
    expect(JSON.stringify(got)).toBe(JSON.stringify(reference(text, { filePath: '/x/zoo.cfg' })));
    const unknown = got[0]!.diagnostics.filter((d) => d.ruleId === 'unknown-key');
    expect(unknown[MAX_PER_RULE_FILE]!.message).toMatch(/^500 more findings of unknown-key .* The first of them: Unknown key "maxClientCnxnz": .* Did you mean "maxClientCnxns"\?/);
    expect(unknown[0]!.message).toMatch(/Did you mean "tickTime"\?/);
  });

  // Each rule run keeps its own first 1,001 per file; the cap over both (by weight) still finds the same ones.
  it('two rules with one id (a custom rule named like a built-in one) share the cap, as without it', () => {
    const twin = defineRule({
      id: 'unknown-key',
      severity: 'info',
      versions: 'all',
      docs: { description: 'Reports every entry again, last first.' },
      zookeeper: { effect: 'silent' },
      messages: { again: 'Again.' },
      check({ model, report }) {
        for (const occ of [...model.static.occurrences].reverse()) report({ messageId: 'again', at: { occ, part: 'key' } });
      },
    });
    const text = HEAD + Array.from({ length: 1500 }, (_, i) => `unknownKey${i}=1\n`).join('');
    const options = { filePath: '/x/zoo.cfg', customRules: [twin] };
    const got = capped(text, options);
    expect(JSON.stringify(got)).toBe(JSON.stringify(reference(text, options)));
    expect(got[0]!.diagnostics.filter((d) => d.ruleId === 'unknown-key')).toHaveLength(MAX_PER_RULE_FILE + 1);
  });

  it('with suppression comments: the same kept, suppressed and unused-suppression findings as capping afterwards', () => {
    const n = MAX_PER_RULE_FILE + 300;
    const directive = fc.constantFrom(
      '',
      '',
      '',
      '# zklint-disable-next-line every-line\n',
      '# zklint-disable-next-line every-line -- generated\n',
      '# zklint-disable-next-line unknown-key, every-line\n',
      '# zklint-disable-next-line duplicate-key\n',
      '# zklint-disable-next-line\n',
      '# zklint-disable-next-line no-such-rule\n',
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n - 200, maxLength: n }),
        fc.array(directive, { minLength: n, maxLength: n }),
        fc.constantFrom('', '# zklint-disable every-line -- all of them\n', '# zklint-disable duplicate-key\n'),
        fc.integer({ min: 1, max: 1400 }),
        (order, comments, whole, lines) => {
          const { capped: got, reference: want } = both(lines, { order, severities: [], otherFile: [] }, (i) => (i === 0 ? whole : '') + comments[i]!);
          expect(JSON.stringify(got)).toBe(JSON.stringify(want));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts the suppressed findings of a large file past the cap, and lists what silenced the first ones', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `# zklint-disable-next-line unknown-key -- legacy\nunknownKey${i}=1\n`).join('');
    const text = HEAD + keys;
    const got = capped(text, { filePath: '/x/zoo.cfg', keepSuppressed: true })[0]!;
    expect(JSON.stringify(got)).toBe(JSON.stringify(reference(text, { filePath: '/x/zoo.cfg', keepSuppressed: true })[0]));
    expect(got.diagnostics.filter((d) => d.ruleId === 'unknown-key')).toEqual([]);
    const silenced = got.suppressed!.filter((d) => d.ruleId === 'unknown-key');
    expect(silenced).toHaveLength(MAX_PER_RULE_FILE + 1);
    expect(silenced[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'legacy' }]);
    expect(silenced[MAX_PER_RULE_FILE]!.omitted).toBe(3000 - MAX_PER_RULE_FILE - 1);
    expect(got.diagnostics.filter((d) => d.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('unused suppressions past the cap: counted on the summary, as capping afterwards', () => {
    const text = HEAD + Array.from({ length: 2500 }, (_, i) => `# zklint-disable-next-line duplicate-key, no-such-rule\nk${i}=1\n`).join('');
    const got = capped(text, { filePath: '/x/zoo.cfg' })[0]!;
    expect(JSON.stringify(got)).toBe(JSON.stringify(reference(text, { filePath: '/x/zoo.cfg' })[0]));
    const unused = got.diagnostics.filter((d) => d.ruleId === 'unused-suppression');
    expect(unused).toHaveLength(MAX_PER_RULE_FILE + 1);
    expect(unused[MAX_PER_RULE_FILE]!.omitted).toBe(2 * 2500 - MAX_PER_RULE_FILE - 1);
  });
});

describe('related places', () => {
  it('relatedOf builds the related places of the first MAX_RELATED items only, from the index given', async () => {
    const { relatedOf, MAX_RELATED } = await import('../src/rule.js');
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const made: number[] = [];
    const related = relatedOf(items, (i) => (made.push(i), { at: { file: 'f', span: { start: i, end: i } } }), 1);
    expect(related.length).toBe(MAX_RELATED);
    expect(made[0]).toBe(1);
    expect(made.length).toBe(MAX_RELATED);
    expect(relatedOf(items.slice(0, 3), (i) => ({ at: { file: 'f', span: { start: i, end: i } } })).length).toBe(3);
  });

  it('a finding relating every voter of 1,500 lists the first 1,000 others, in file order', () => {
    const text = HEAD + Array.from({ length: 1500 }, (_, i) => `server.${i + 1}=10.0.${i >> 8}.${i & 255}:2888:3888\n`).join('');
    const d = lint(text, { zkVersion: '3.8' })[0]!.diagnostics.find((x) => x.ruleId === 'even-voters');
    expect(d?.related?.length).toBe(1000);
    expect(d?.related?.[0]?.line).toBe(7);
    expect(d?.related?.[999]?.line).toBe(1006);
  });
});
