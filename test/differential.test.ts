/**
 * Differential suite: every fixture is also run through real ZooKeeper 3.8 (the Debian jars).
 * ZooKeeper refuses ⇒ zklint reports an error whose `zookeeper.says` appears in ZooKeeper's
 * message, cause chain or exception classes; ZooKeeper accepts ⇒ zklint reports no error.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFile } from '../src/lint.js';
import { INSTALL_HINT, runOracle, zookeeperAvailable, type OracleVerdict } from './oracle/oracle.js';
import { jvmProps, loadFixtures, type FixtureCase } from './support/fixtures.js';
import { agreement } from './support/agreement.js';

const cases = loadFixtures().filter((c) => c.oracle);
const scratch = mkdtempSync(join(tmpdir(), 'zklint-diff-'));
const verdicts = new Map<FixtureCase, OracleVerdict>();

beforeAll(async () => {
  if (!zookeeperAvailable()) throw new Error(INSTALL_HINT);
  // Relative paths resolve against the JVM's working directory: one JVM per case, two at a time.
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const copy = join(scratch, `${c.rule}--${c.name}`);
      cpSync(c.dir, copy, { recursive: true });
      const [v] = await runOracle([{ dir: copy, jvmProps: jvmProps(c) }], { cwd: copy });
      verdicts.set(c, v as OracleVerdict);
    }
  };
  await Promise.all([worker(), worker()]);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('zklint agrees with real ZooKeeper 3.8 on every fixture', () => {
  it('has fixtures to check', () => expect(cases.length).toBeGreaterThan(10));
  for (const c of cases) {
    it(`${c.rule}/${c.name}`, () => {
      const v = verdicts.get(c) as OracleVerdict;
      expect(v.exitCode, `oracle failed: ${v.messages.join(' / ')}`).not.toBe(-1);
      const diags = lintFile(c.configFile, c.options).flatMap((r) => r.diagnostics);
      const a = agreement(v, diags);
      expect(a.ok, a.explain).toBe(true);
    });
  }
});
