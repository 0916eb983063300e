/**
 * The pathological inputs of `npm run bench` (bench/hostile.js) through the command, at 3 % of the
 * benchmark's size (still past the 1,000-findings-per-rule limit): what the report says, its
 * summaries and exit codes. Their time is measured by the bench only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/zklint.cjs');
type Diag = { ruleId: string; severity: string; message: string; omitted?: number };

const files: Record<string, string> = {};
beforeAll(async () => {
  process.env.HOSTILE_SCALE = '0.03';
  const { INPUTS } = (await import('../../bench/hostile.js')) as { INPUTS: Record<string, () => string> };
  const dir = mkdtempSync(join(tmpdir(), 'zklint-hostile-inputs-'));
  for (const [name, make] of Object.entries(INPUTS)) {
    files[name] = join(dir, `${name}.cfg`);
    writeFileSync(files[name], make(), 'latin1');
  }
});

const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });

/** Per rule: [findings listed, findings they stand for]. */
function counts(name: string): { status: number | null; byRule: Record<string, [number, number]>; diags: Diag[] } {
  const r = cli(['-f', 'json', files[name] as string]);
  const diags = (JSON.parse(r.stdout) as { results: Array<{ diagnostics: Diag[] }> }).results.flatMap((x) => x.diagnostics);
  const byRule: Record<string, [number, number]> = {};
  for (const d of diags) {
    const c = (byRule[`${d.ruleId}/${d.severity}`] ??= [0, 0]);
    c[0]++;
    c[1] += 1 + (d.omitted ?? 0);
  }
  return { status: r.status, byRule, diags };
}

const summaryOf = (diags: Diag[], ruleId: string) => diags.filter((d) => d.ruleId === ruleId && d.omitted !== undefined);

describe('hostile inputs through the command', () => {
  it('3,000 server lines on one address: each line after the first conflicts, 1,000 listed and one summary; ids over 255 warned', () => {
    const { status, byRule, diags } = counts('server-lines-100k');
    expect(byRule['port-conflict/warning']).toEqual([1001, 2999]);
    expect(byRule['server-id-range/warning']).toEqual([1001, 3000 - 255]);
    const [summary] = summaryOf(diags, 'port-conflict');
    expect(summary?.omitted).toBe(2999 - 1001);
    expect(summary?.message).toMatch(/^1999 more findings of port-conflict in this file/);
    // even-voters names every other server line as a related place: the first 1,000 of them.
    const even = diags.find((d) => d.ruleId === 'even-voters') as Diag & { related: unknown[] };
    expect(even.message).toMatch(/3000 voting servers/);
    expect(even.related).toHaveLength(1000);
    expect(status).toBe(0); // warnings only
  });

  it('15,000 unknown keys: 1,000 listed, one summary for the other 14,000; --max-warnings counts all of them', () => {
    const { status, byRule, diags } = counts('unknown-keys-500k');
    expect(byRule['unknown-key/warning']).toEqual([1001, 15000]);
    expect(summaryOf(diags, 'unknown-key')[0]?.message).toMatch(/^14000 more findings of unknown-key/);
    expect(status).toBe(0);
    expect(cli(['--max-warnings', '14999', files['unknown-keys-500k'] as string]).status).toBe(1);
    expect(cli(['--max-warnings', '15000', files['unknown-keys-500k'] as string]).status).toBe(0);
  });

  it('4,500 next-line and 4,500 whole-file directives: every unknown key silenced; each unused duplicate-key named once', () => {
    const { status, byRule } = counts('suppressions-300k');
    expect(byRule['unknown-key/warning']).toBeUndefined();
    expect(byRule['unused-suppression/warning']).toEqual([1001, 4500]);
    expect(status).toBe(0);
  });

  it('420 KB of unclosed {{ in a value: one invalid-integer error, and every format quotes the value clipped', () => {
    const { status, byRule, diags } = counts('template-braces-14mb');
    expect(byRule['invalid-integer/error']).toEqual([1, 1]);
    expect(status).toBe(1);
    const says = (diags.find((d) => d.ruleId === 'invalid-integer') as Diag & { zookeeper: { says: string } }).zookeeper.says;
    expect(says).toMatch(/^For input string: "\{\{\{.* characters left out\) … \{\{\{+"$/s);
    expect(says.length).toBeLessThan(2200);
    for (const format of ['stylish', 'json', 'sarif', 'github', 'gitlab']) {
      const r = cli(['-f', format, files['template-braces-14mb'] as string]);
      expect(r.status, format).toBe(1);
      // The value is 420,000 characters; quoted in full it would be in the report once per place.
      expect(r.stdout.length, format).toBeLessThan(200_000);
    }
  });
});
