/**
 * Safe fixes against real ZooKeeper 3.8: every fixture (that the oracle can judge) with a safe fix
 * is run before and after `fixText` through
 *   - the oracle (test/oracle/: QuorumPeerMain up to serving): a safe fix never turns an accepted
 *     config into a refused one, and zklint still agrees with ZooKeeper on the fixed config;
 *   - ZkEffective (test/oracle/ZkEffective.java): what java.util.Properties reads and what the parsed
 *     QuorumPeerConfig holds. Keys whose values differ must be ones the fixed finding names;
 *     when Properties reads the same, the parsed configuration and the system properties
 *     ZooKeeper sets must be identical too (e.g. a removed identical duplicate).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixText, lintFile, lintText, type FixedText } from '../src/index.js';
import { INSTALL_HINT, ORACLE_KIT_JAVA, runOracle, zookeeperAvailable, type OracleVerdict } from './oracle/oracle.js';
import { zkInstall } from './oracle/versions.js';
import { jvmProps, loadFixtures, type FixtureCase } from './support/fixtures.js';
import { agreement } from './support/agreement.js';
import { JVM_LOCALE_FLAGS, jvmEnv, skipWithoutZooKeeper } from './support/prereq.js';

interface Effective {
  props: Record<string, string>;
  parsed: Record<string, string> | null;
  error: string | null;
  sysprops: Record<string, string>;
}

interface Case {
  c: FixtureCase;
  fixed: FixedText;
  /** What the fixed findings said (their messages): the only keys a safe fix may change. */
  said: string;
  before?: { verdict: OracleVerdict; effective: Effective };
  after?: { verdict: OracleVerdict; effective: Effective };
}

const BOM = '\u00ef\u00bb\u00bf';

const cases: Case[] = [];
for (const c of loadFixtures()) {
  if (!c.oracle || basename(c.configFile) !== 'zoo.cfg' || (c.options.zkVersion ?? '3.8') !== '3.8') continue;
  const bytes = new Uint8Array(readFileSync(c.configFile));
  const opts = { ...c.options, cwd: c.dir, filePath: c.configFile };
  const fixed = fixText(bytes, opts);
  if (fixed.applied.length === 0) continue;
  const said = lintText(bytes, opts)
    .flatMap((r) => r.diagnostics)
    .filter((d) => d.fix?.safe)
    .map((d) => d.message)
    .join('\n');
  cases.push({ c, fixed, said });
}

const scratch = mkdtempSync(join(tmpdir(), 'zklint-fixdiff-'));
let effectiveClasses = '';

function effective(dir: string): Effective {
  const install = zkInstall('3.8');
  if (!install) throw new Error(INSTALL_HINT);
  const out = execFileSync('java', [...JVM_LOCALE_FLAGS, '-cp', [effectiveClasses, ...install.classpath].join(':'), 'ZkEffective', dir], {
    cwd: dir,
    env: jvmEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = out.split('\n').find((l) => l.startsWith('{"dir":'));
  if (!line) throw new Error(`ZkEffective printed nothing for ${dir}`);
  // The copy's own folder (zoo.cfg's path, an absolute dataDir) is not configuration.
  const e = JSON.parse(line.split(JSON.stringify(dir).slice(1, -1)).join('<case>')) as Effective;
  // getInitialConfig is the file's text itself (kept for reconfig), which a fix changes by definition.
  if (e.parsed) delete e.parsed['getInitialConfig'];
  return e;
}

const NO_ZK = skipWithoutZooKeeper();

beforeAll(async () => {
  if (NO_ZK) return;
  if (!zookeeperAvailable() || spawnSync('javac', ['-version']).status !== 0) throw new Error(INSTALL_HINT);
  const install = zkInstall('3.8');
  effectiveClasses = join(scratch, 'classes');
  execFileSync('javac', ['-nowarn', '-d', effectiveClasses, '-cp', install!.classpath.join(':'), resolve(import.meta.dirname, 'oracle', 'ZkEffective.java'), ORACLE_KIT_JAVA], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const k of cases) {
    const name = `${k.c.rule}--${k.c.name}`;
    const judge = async (dir: string) => {
      const [verdict] = await runOracle([{ dir, jvmProps: jvmProps(k.c) }], { cwd: dir });
      return { verdict: verdict as OracleVerdict, effective: effective(dir) };
    };
    // Each judged in its own fresh copy: ZooKeeper writes into the data directory.
    const before = join(scratch, `before--${name}`);
    cpSync(k.c.dir, before, { recursive: true });
    const after = join(scratch, `after--${name}`);
    cpSync(k.c.dir, after, { recursive: true });
    writeFileSync(join(after, 'zoo.cfg'), k.fixed.bytes);
    k.before = await judge(before);
    k.after = await judge(after);
  }
}, 900_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Keys whose values differ between two Properties reads. */
function changedKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

it('has fixtures with safe fixes for every safe fix kind', () => {
  const titles = new Set(cases.flatMap((k) => k.fixed.applied.map((f) => f.title.replace(/ \S+ lines$/, ' lines'))));
  expect([...titles].sort()).toEqual([
    'Move the comment to its own line',
    'Remove the byte-order mark',
    'Remove the repeated lines',
    'Remove the whitespace at the end of the line',
  ]);
});

describe.skipIf(NO_ZK)('a safe fix keeps what real ZooKeeper 3.8 does, except what the finding named', () => {
  for (const k of cases) {
    it(`${k.c.rule}/${k.c.name}: ${k.fixed.applied.map((f) => f.title).join('; ')}`, () => {
      const before = k.before!;
      const after = k.after!;
      expect(after.verdict.exitCode, `oracle failed: ${after.verdict.messages.join(' / ')}`).not.toBe(-1);
      // Never from accepted to refused.
      if (before.verdict.accepted) expect(after.verdict.accepted, after.verdict.messages.join(' / ')).toBe(true);
      // zklint agrees with ZooKeeper on the fixed config too (ZooKeeper reads it from disk, zklint from the copy).
      const diags = lintFile(join(`${scratch}`, `after--${k.c.rule}--${k.c.name}`, 'zoo.cfg'), { ...k.c.options, cwd: join(scratch, `after--${k.c.rule}--${k.c.name}`) }).flatMap((r) => r.diagnostics);
      const a = agreement(after.verdict, diags);
      expect(a.ok, a.explain).toBe(true);
      // Only keys the finding named change (a BOM is glued to the key it names).
      const changed = changedKeys(before.effective.props, after.effective.props);
      for (const key of changed) {
        const named = key.trim().startsWith(BOM) ? key.trim().slice(BOM.length) : key.trim();
        const esc = named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(k.said, `the fix changed ${JSON.stringify(key)}, which no fixed finding names`).toMatch(new RegExp(`(^|[^\\w.])${esc}($|[^\\w.])`));
      }
      if (changed.length === 0) {
        // ZooKeeper reads the same properties: then everything it does is the same.
        expect(after.effective.error).toBe(before.effective.error);
        expect(after.effective.parsed).toEqual(before.effective.parsed);
        expect(after.effective.sysprops).toEqual(before.effective.sysprops);
        const verdict = (v: OracleVerdict, dir: string) => ({ accepted: v.accepted, exitCode: v.exitCode, messages: v.messages.map((m) => m.split(dir).join('<case>')) });
        expect(verdict(after.verdict, join(scratch, `after--${k.c.rule}--${k.c.name}`))).toEqual(verdict(before.verdict, join(scratch, `before--${k.c.rule}--${k.c.name}`)));
      }
    });
  }
});
