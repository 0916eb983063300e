/**
 * Differential suite: every fixture is also run through real ZooKeeper, on each version its
 * case.json names (`versions`, default 3.8 only), with zklint's `zkVersion` set to that version:
 * ZooKeeper refuses ⇒ zklint reports an error whose `zookeeper.says` appears in that version's
 * message, cause chain or exception classes; ZooKeeper accepts ⇒ zklint reports no error; and
 * every finding that says ZooKeeper logs a warning in given words finds those words among the
 * warnings that version logged. The oracle runs an ensemble's config up to, not including,
 * serving; a warning it did not see there is looked for in the log of the real server serving the
 * config as a quorum of one voter (oneVoterLogs). Save port-conflict's, which only a second server
 * on the same port shows (test/ensemble-real.test.ts boots two).
 * 3.8 is the installed Debian package (missing: the suite fails). 3.4 and 3.9 come from
 * scripts/fetch-zookeeper.sh: missing in CI (CI=true) fails, missing locally skips with a note.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutZooKeeper } from './support/prereq.js';
import { lintFile } from '../src/index.js';
import type { ZkVersion } from '../src/model/version.js';
import type { Rule } from '../src/rule.js';
import { inRange } from '../src/model/version.js';
import { fileRules as rules } from '../rules/index.js';
import { INSTALL_HINT, runOracle, zookeeperAvailable, type OracleVerdict } from './oracle/oracle.js';
import { requireZk } from './oracle/versions.js';
import { jvmProps, loadFixtures, type FixtureCase } from './support/fixtures.js';
import { agreement } from './support/agreement.js';
import { oneVoterLogs } from './support/real-ensemble.js';

/** Rules whose warning only a second server shows (it binds the same port): checked by test/ensemble-real.test.ts. */
const SHOWN_BY_A_SECOND_SERVER = new Set(['port-conflict']);

interface Run {
  c: FixtureCase;
  zk: string;
}

// ZKLINT_DIFF_VERSIONS=3.4,3.9: also run every 3.8 fixture on those versions where its rule's
// version range covers them (an exploration aid: the fixture's expectations stay 3.8's).
const extra = (process.env['ZKLINT_DIFF_VERSIONS'] ?? '').split(',').filter((v) => v !== '');
const ruleById = new Map<string, Rule>(rules.map((r) => [r.id, r]));
// ZKLINT_DIFF_ONLY=<text>: only fixtures whose `<rule>/<case>` contains it (a quick local check).
const only = process.env['ZKLINT_DIFF_ONLY'];
const fixtures = loadFixtures()
  .filter((c) => c.oracle && (!only || `${c.rule}/${c.name}`.includes(only)))
  .map((c) => {
    const rule = ruleById.get(c.rule);
    const more = extra.filter((zk) => !c.versions.includes(zk) && (!rule || inRange(zk, rule.versions)));
    return more.length === 0 ? c : { ...c, versions: [...c.versions, ...more] };
  });
const allVersions = [...new Set(fixtures.flatMap((c) => c.versions))].sort();
const scratch = mkdtempSync(join(tmpdir(), 'zklint-diff-'));
const verdicts = new Map<Run, OracleVerdict>();
const runs = new Map<string, Run[]>();
for (const zk of allVersions) runs.set(zk, fixtures.filter((c) => c.versions.includes(zk)).map((c) => ({ c, zk })));
// 3.8 must be there; another version is required in CI and skipped (said once) elsewhere.
const present = new Set(allVersions.filter((zk) => zk === '3.8' || requireZk(zk) !== undefined));

const NO_ZK = skipWithoutZooKeeper();

beforeAll(async () => {
  if (NO_ZK) return;
  if (!zookeeperAvailable()) throw new Error(INSTALL_HINT);
  // Relative paths resolve against the JVM's working directory: one JVM per case, two at a time.
  const queue = [...runs.entries()].filter(([zk]) => present.has(zk)).flatMap(([, rs]) => rs);
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const copy = join(scratch, `${r.zk}--${r.c.rule}--${r.c.name}`);
      cpSync(r.c.dir, copy, { recursive: true });
      const [v] = await runOracle([{ dir: copy, jvmProps: jvmProps(r.c) }], { cwd: copy, zk: r.zk });
      verdicts.set(r, v as OracleVerdict);
    }
  };
  await Promise.all([worker(), worker()]);
}, 900_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('has fixtures to check', () => expect(fixtures.length).toBeGreaterThan(only ? 0 : 10));

for (const [zk, rs] of runs) {
  describe.skipIf(NO_ZK || !present.has(zk))(`zklint agrees with real ZooKeeper ${zk} on every fixture naming it`, () => {
    for (const r of rs) {
      it(`${r.c.rule}/${r.c.name}`, async () => {
        const v = verdicts.get(r) as OracleVerdict;
        expect(v.exitCode, `oracle failed: ${v.messages.join(' / ')}`).not.toBe(-1);
        const zkVersion = zk.split('.').slice(0, 2).join('.') as ZkVersion;
        const diags = lintFile(r.c.configFile, { ...r.c.options, zkVersion }).flatMap((x) => x.diagnostics);
        const a = agreement(v, diags);
        expect(a.ok, a.explain).toBe(true);
        // A refused config logs no warning after the refusal: only an accepted one's claims are checked.
        if (!v.accepted) return;
        for (const d of diags) {
          const says = d.zookeeper?.effect === 'warning' ? d.zookeeper.says : undefined;
          if (says === undefined || SHOWN_BY_A_SECOND_SERVER.has(d.ruleId) || v.warnings.some((w) => w.includes(says))) continue;
          const why = `${d.ruleId} says ZooKeeper ${zk} logs "${says}"; up to serving it logged: ${v.warnings.join(' | ') || 'no warning'}`;
          expect(v.mode, why).toBe('quorum');
          const install = requireZk(zk);
          if (!install) continue; // said once by requireZk (required in CI)
          const served = await oneVoterLogs(scratch, readFileSync(r.c.configFile, 'latin1'), says, {
            classpath: install.classpath.join(':'),
            flags: Object.entries(jvmProps(r.c)).map(([k, val]) => `-D${k}=${val}`),
          });
          expect(served.logged, `${why}; serving as a quorum of one${served.exited ? " (it exited)" : ""} it logged:\n${served.warnings}`).toBe(true);
        }
      }, 120_000);
    }
  });
}
