/**
 * `npm run bench` measures the start-up of the copy users install (npm pack, npm install into an
 * empty project, node_modules/.bin/zklint), not only the checkout's. This runs that section with
 * two repetitions asked (it runs one whole cycle of its six round orders) and checks what it
 * measured and printed; it asserts no time (benchmarks report times, tests never judge them).
 * Needs the npm registry or a warm npm cache, like test/package.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

it('bench: the installed copy is timed through node_modules/.bin/zklint and takes the bundle with its code cache', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'run.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_ONLY: 'installed', BENCH_REPS: '2' },
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('installed copy: npm pack + npm install into an empty project');
  expect(r.stdout).not.toContain('skipped:');
  // The example has errors: exit 1 is the linter working, and the fast path was taken.
  expect(r.stdout).toContain('path taken: bundle, code cache (exit 1)');
  expect(r.stdout).toMatch(/node_modules\/\.bin\/zklint +\d+\.\d ms +ratio \d+\.\d\dx the floor \(target <= 1\.3x: (met|missed)\)/);
  // The ratio is paired: each round's own, then their median (with quartiles and the ratio of medians beside it).
  expect(r.stdout).toMatch(/ratio = median of the 6 rounds' own ratios \(quartiles \d+\.\d\dx-\d+\.\d\dx\); ratio of the medians \d+\.\d\dx/);
  expect(r.stdout).toMatch(/without the sh launcher/);
}, 300_000);
