/**
 * The agreement gate of the normal test run: fresh generated cases (test/agreement/generate.ts)
 * with a NEW random seed every run, labelled by real ZooKeeper 3.4, 3.8 and 3.9 (one JVM each)
 * and linted in-process with the matching --zk-version. The seed is printed; a failure prints a
 * minimal reproducer per class of miss. Re-run one exactly with
 *   ZKLINT_AGREEMENT_SEED=<seed> npx vitest run test/agreement/gate.test.ts
 * or explore with `npm run agreement -- --zk 3.9 --seed <seed> --count 2000`.
 *
 * Gates: no crash and no false error (an error where ZooKeeper starts), ever. Fatal recall, the
 * share of refusals where zklint quotes ZooKeeper's own words, and warning recall at least the
 * floors below (measured when the gate was raised; see README, "How it is checked").
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import { rate } from '../mutation/score.js';
import { requireZk } from '../oracle/versions.js';
import { sharedDir } from '../support/prereq.js';
import { runAgreement, type AgreementResult } from './run.js';

const SEED = Number(process.env['ZKLINT_AGREEMENT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const COUNT = Number(process.env['ZKLINT_AGREEMENT_COUNT'] ?? 2000);

/**
 * Floors per version. Measured on seeds 101, 202 and 303 (2,000 cases each, README): 3.4.13, 3.8.0
 * and 3.9.6 had 0 false errors, 0 crashes and 100% warning recall on all three, fatal recall and
 * words at least 99.9%. The floors leave room for a class a new random seed may still find; the
 * issue's targets are recall 100%, words 99%, warnings 95%.
 */
const LIMITS: Record<string, { minRecall: number; minWords: number; minWarnings: number }> = {
  '3.4': { minRecall: 0.99, minWords: 0.99, minWarnings: 0.95 },
  '3.8': { minRecall: 0.99, minWords: 0.99, minWarnings: 0.95 },
  '3.9': { minRecall: 0.99, minWords: 0.99, minWarnings: 0.95 },
};

const shared = sharedDir();
const corpusDir = process.env['ZKLINT_CORPUS'] ?? (shared ? join(shared, 'corpus', 'real') : undefined);
if (!corpusDir) console.warn('agreement gate: ../shared/corpus/real is missing, so the corpus strategy is left out (CI has it)');

const show = (r: AgreementResult, kind: string): string =>
  r.reproducers
    .filter((x) => x.kind === kind)
    .map((x) => `${x.id} (${x.detail}): ${x.explain}\n${Object.entries(x.files).filter(([k]) => !k.endsWith('/')).map(([k, v]) => `--- ${k}\n${JSON.stringify(v)}`).join('\n')}`)
    .join('\n\n');

for (const zk of ['3.4', '3.8', '3.9']) {
  const install = requireZk(zk);
  describe.skipIf(!install)(`zklint agrees with real ZooKeeper ${zk} on ${COUNT} fresh generated configs (seed ${SEED})`, () => {
    let r: AgreementResult;
    beforeAll(async () => {
      r = await runAgreement({ zk, seed: SEED, count: COUNT, ...(corpusDir ? { corpusDir } : {}), shrink: 5 });
      const t = r.score.total;
      console.log(
        `agreement ${r.version} seed ${SEED}: ${t.cases} cases, recall ${t.caught}/${t.refused}, ZooKeeper's words ${t.causeMatch}/${t.refused}, ` +
          `false errors ${t.falseErrors}/${t.accepted}, warnings ${t.warnCaught}/${t.zkWarned}, crashes ${t.crashes}, oracle limits ${t.oracleFailures} ` +
          `(${(r.ms.total / 1000).toFixed(0)} s)`,
      );
    }, 900_000);

    it('ZooKeeper judged the cases and refused a real share of them', () => {
      expect(r.score.total.refused).toBeGreaterThan(COUNT / 5);
      expect(r.score.total.accepted).toBeGreaterThan(COUNT / 5);
      expect(r.score.total.oracleFailures).toBeLessThan(COUNT / 50);
    });
    it('never crashes', () => {
      expect(r.score.total.crashes, show(r, 'crash')).toBe(0);
    });
    it('no false errors: no error on a config ZooKeeper accepts', () => {
      expect(r.score.total.falseErrors, `seed ${SEED}\n${show(r, 'false-error')}`).toBe(0);
    });
    it(`catches at least ${LIMITS[zk]!.minRecall * 100}% of what ZooKeeper refuses`, () => {
      const t = r.score.total;
      expect(rate(t.caught, t.refused), `seed ${SEED}\n${show(r, 'missed-fatal')}`).toBeGreaterThanOrEqual(LIMITS[zk]!.minRecall);
    });
    it(`quotes ZooKeeper's own words on at least ${LIMITS[zk]!.minWords * 100}% of refusals`, () => {
      const t = r.score.total;
      expect(rate(t.causeMatch, t.refused), `seed ${SEED}\n${show(r, 'wrong-cause')}`).toBeGreaterThanOrEqual(LIMITS[zk]!.minWords);
    });
    it(`warns on at least ${LIMITS[zk]!.minWarnings * 100}% of the configs ZooKeeper warns about`, () => {
      const t = r.score.total;
      expect(rate(t.warnCaught, t.zkWarned), `seed ${SEED}\n${show(r, 'missed-warning')}`).toBeGreaterThanOrEqual(LIMITS[zk]!.minWarnings);
    });
  });
}
