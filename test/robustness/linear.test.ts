/** Linear-time pieces behind issue 15 point 5: did-you-mean, the finding cap, indexed suppressions, port conflicts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/util/suggest.js';
import { lintText } from '../../src/index.js';
import { MAX_PER_RULE_FILE } from '../../src/engine/cap.js';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const HEAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\n';

describe('did-you-mean', () => {
  it('editDistance is Levenshtein (anything over max when it exceeds max)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', '.'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 5 }), (a, b, max) => {
        const real = levenshtein(a, b);
        expect(editDistance(a, b)).toBe(real);
        if (real <= max) expect(editDistance(a, b, max)).toBe(real);
        else expect(editDistance(a, b, max)).toBeGreaterThan(max);
      }),
      { numRuns: 3000 },
    );
  });

  it('still finds the nearest key', () => {
    const keys = ['tickTime', 'initLimit', 'syncLimit', 'dataDir', 'dataLogDir', 'clientPort'];
    expect(suggest('tikTime', keys)).toBe('tickTime');
    expect(suggest('datadir', keys)).toBe('dataDir');
    expect(suggest('dataLogDi', keys)).toBe('dataLogDir');
    expect(suggest('unknownKey12345', keys)).toBeUndefined();
  });
});

describe('at most 1,000 findings per rule and file, counted in full', () => {
  it('lists the first 1,000 unknown keys, then one summary that carries the rest', () => {
    const n = 2500;
    const text = HEAD + Array.from({ length: n }, (_, i) => `unknownKey${i}=1\n`).join('');
    const [r] = lintText(text, { filePath: '/x/zoo.cfg', rules: { 'data-dir-not-checked': 'off' } });
    const unknown = r!.diagnostics.filter((d) => d.ruleId === 'unknown-key');
    expect(unknown).toHaveLength(MAX_PER_RULE_FILE + 1);
    const summary = unknown[MAX_PER_RULE_FILE]!;
    expect(summary.omitted).toBe(n - MAX_PER_RULE_FILE - 1);
    expect(summary.message).toMatch(/^1500 more findings of unknown-key/);
    expect(unknown.reduce((s, d) => s + 1 + (d.omitted ?? 0), 0)).toBe(n);
  });

  it('a suppressed finding does not count toward the limit', () => {
    const lines = Array.from({ length: 1500 }, (_, i) => (i < 1000 ? `# zklint-disable-next-line unknown-key\nk${i}x=1\n` : `k${i}x=1\n`));
    const [r] = lintText(HEAD + lines.join(''), { filePath: '/x/zoo.cfg' });
    const unknown = r!.diagnostics.filter((d) => d.ruleId === 'unknown-key');
    expect(unknown).toHaveLength(500);
    expect(unknown.every((d) => d.omitted === undefined)).toBe(true);
  });

  it('a huge quoted value is clipped in the message, start and end kept', () => {
    const [r] = lintText(`${HEAD}initLimit=${'9'.repeat(1_000_000)}x\n`, { filePath: '/x/zoo.cfg' });
    for (const d of r!.diagnostics) expect(d.message.length).toBeLessThan(3000);
  });
});

describe('suppressions and port conflicts on many lines', () => {
  it('20,000 next-line and 20,000 whole-file directives: each finding silenced once per distinct reason', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `# zklint-disable-next-line unknown-key -- r${i % 2}\nnotAKey${i}=1\n# zklint-disable unknown-key\n`).join('');
    const [r] = lintText(HEAD + body, { filePath: '/x/zoo.cfg', keepSuppressed: true });
    expect(r!.diagnostics.filter((d) => d.ruleId === 'unknown-key')).toHaveLength(0);
    const sup = r!.suppressed!.filter((d) => d.ruleId === 'unknown-key');
    expect(sup.length).toBeGreaterThan(0);
    expect(sup[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'r0' }, { kind: 'inSource' }]);
  });

  it('20,000 servers on one host and port: each line after the first names the first', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `server.${i + 1}=127.0.0.1:2888:3888\n`).join('');
    const [r] = lintText(HEAD + body, { filePath: '/x/zoo.cfg' });
    const clash = r!.diagnostics.filter((d) => d.ruleId === 'port-conflict' && d.message.startsWith('server.'));
    expect(clash).toHaveLength(1000);
    expect(clash[0]!.message).toMatch(/^server\.2 and server\.1 are on the same host/);
    expect(clash[999]!.message).toMatch(/^server\.1001 and server\.1 /);
  });
});
