/**
 * The agreement gate of the normal test run: fresh generated cases (test/agreement/generate.ts)
 * with a NEW random seed every run, labelled by real ZooKeeper 3.4, 3.8 and 3.9 (one JVM each)
 * and linted in-process with the matching --zk-version. The seed is printed; a failure prints a
 * minimal reproducer per class of miss. Re-run one exactly with
 *   ZKLINT_AGREEMENT_SEED=<seed> npx vitest run test/agreement/gate.test.ts
 * or explore with `npm run agreement -- --zk 3.9 --seed <seed> --count 2000`.
 *
 * Gates: no crash, ever. False errors (an error where ZooKeeper starts) at most the level measured
 * when this gate was raised (LIMITS; the issue's target is 0 and is not reached yet: see README,
 * "How it is checked"). Fatal recall at least the measured floor.
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
 * Measured on 2,000 cases per version (seeds in the README) when the gate was raised, with some
 * room for another random sample: false errors as a share of accepted configs, fatal recall.
 */
const LIMITS: Record<string, { falseErrorRate: number; minRecall: number }> = {
  // seed 12: 0/1048 false errors, recall 97.8% (10 Netty cases excluded: an oracle limit).
  '3.4': { falseErrorRate: 0.005, minRecall: 0.95 },
  // seed 12: 2/1064 false errors (0.19%), recall 98.4%; 3.9.6: 2/1063, 98.3%.
  '3.8': { falseErrorRate: 0.005, minRecall: 0.96 },
  '3.9': { falseErrorRate: 0.005, minRecall: 0.96 },
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
    it(`false errors on accepted configs at most ${LIMITS[zk]!.falseErrorRate * 100}% (measured level; target 0)`, () => {
      const t = r.score.total;
      expect(rate(t.falseErrors, t.accepted), `seed ${SEED}\n${show(r, 'false-error')}`).toBeLessThanOrEqual(LIMITS[zk]!.falseErrorRate);
    });
    it(`catches at least ${LIMITS[zk]!.minRecall * 100}% of what ZooKeeper refuses`, () => {
      const t = r.score.total;
      expect(rate(t.caught, t.refused), `seed ${SEED}\n${show(r, 'missed-fatal')}`).toBeGreaterThanOrEqual(LIMITS[zk]!.minRecall);
    });
  });
}
