/**
 * Mutation agreement suite: generated configs (test/mutation/generate.ts) judged by real
 * ZooKeeper 3.8 (one JVM batch through test/oracle) and by zklint's library, compared case by case.
 *
 * Env: ZKLINT_MUTATIONS (case count, default 400), ZKLINT_MUTATION_SEED (default below).
 * Prints per-category numbers and the path of a JSON report listing every disagreement.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutZooKeeper } from '../support/prereq.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { lintFile } from '../../src/index.js';
import { parseJvmFlags } from '../../src/options.js';
import { INSTALL_HINT, runOracle, zookeeperAvailable } from '../oracle/oracle.js';
import { generateCases, materialiseCase, type MutationCase } from './generate.js';
import { formatScore, rate, score, writeReport, type Score, type Scored } from './score.js';

/**
 * The issue's targets. Measured when raised: 100% recall and cause match, no false error, on seed
 * 380 (400 cases) and seeds 7 and 99 (2,000 cases each). Changing the generator changes the
 * sample: re-measure then.
 */
const MIN_FATAL_RECALL = 0.99;
const MIN_CAUSE_MATCH = 0.95;

const COUNT = Number(process.env['ZKLINT_MUTATIONS'] ?? 400);
const SEED = Number(process.env['ZKLINT_MUTATION_SEED'] ?? 3_8_0);

const scratch = mkdtempSync(join(tmpdir(), 'zklint-mutation-'));
const cases = generateCases(COUNT, SEED);
let result: Score;

const NO_ZK = skipWithoutZooKeeper();

beforeAll(async () => {
  if (NO_ZK) return;
  if (!zookeeperAvailable()) throw new Error(INSTALL_HINT);
  const dirs = cases.map((c) => join(scratch, c.id));
  // zklint first: ZooKeeper writes into the case dirs (version-2, snapshots, epochs).
  const linted = cases.map((c, i): { diags?: Diagnostic[]; crash?: string } => {
    const file = materialiseCase(dirs[i] as string, c);
    try {
      const diags = lintFile(file, { onHost: true, cwd: dirs[i] as string, jvmFlags: c.jvmFlags }).flatMap((r) => r.diagnostics);
      return { diags };
    } catch (e) {
      return { crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  });
  // Relative paths (a few mutations make them) resolve against this directory, inside scratch.
  const jvmCwd = join(scratch, 'jvm-cwd');
  mkdirSync(jvmCwd);
  const verdicts = await runOracle(
    cases.map((c, i) => ({ dir: dirs[i] as string, jvmProps: Object.fromEntries(parseJvmFlags(c.jvmFlags)) })),
    { cwd: jvmCwd },
  );
  const scored: Scored[] = cases.map((c: MutationCase, i) => ({
    id: c.id,
    group: c.category,
    detail: `${c.mutation} on ${c.shape}`,
    verdict: verdicts[i]!,
    ...linted[i],
    files: c.files,
    jvmFlags: c.jvmFlags,
  }));
  result = score(scored);
  const report = join(tmpdir(), `zklint-mutation-report-${SEED}-${COUNT}.json`);
  const byMutation = score(scored.map((s) => ({ ...s, group: s.detail.split(' on ')[0] as string }))).byGroup;
  writeReport(report, result, { seed: SEED, count: COUNT, byMutation: Object.fromEntries(byMutation) });
  console.log(`${formatScore(result, `zklint vs ZooKeeper 3.8 on ${cases.length} mutated configs (seed ${SEED})`)}\nreport: ${report}`);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const examples = (kind: string) =>
  result.disagreements
    .filter((d) => d.kind === kind)
    .slice(0, 5)
    .map((d) => `${d.id}: ${d.explain}`)
    .join('\n');

describe.skipIf(NO_ZK)('zklint agrees with real ZooKeeper 3.8 on mutated configs', () => {
  it('ZooKeeper judged the cases and refused a real share of them', () => {
    expect(result.total.oracleFailures, examples('oracle-failure')).toBe(0);
    expect(result.total.refused).toBeGreaterThan(cases.length / 4);
    expect(result.total.accepted).toBeGreaterThan(cases.length / 10);
  });
  it('never crashes', () => {
    expect(result.total.crashes, examples('crash')).toBe(0);
  });
  it('reports no error where ZooKeeper starts', () => {
    expect(result.total.falseErrors, examples('false-error')).toBe(0);
  });
  it(`catches at least ${MIN_FATAL_RECALL * 100}% of what ZooKeeper refuses`, () => {
    expect(rate(result.total.caught, result.total.refused), examples('missed-fatal')).toBeGreaterThanOrEqual(MIN_FATAL_RECALL);
  });
  it(`names ZooKeeper's own cause in at least ${MIN_CAUSE_MATCH * 100}% of refusals`, () => {
    expect(rate(result.total.causeMatch, result.total.refused), examples('wrong-cause')).toBeGreaterThanOrEqual(MIN_CAUSE_MATCH);
  });
});
