/**
 * Held-out agreement: score zklint on an external labelled set of case dirs.
 * Run with `ZKLINT_HELDOUT_DIR=<dir> npm run agreement` (own vitest config, not part of `npm test`).
 *
 * Layout: every directory under ZKLINT_HELDOUT_DIR that holds a `zoo.cfg` is a case, with whatever
 * the config references. `@CASE@` in any file is replaced by the absolute path of the case's
 * temporary copy (so paths can be absolute and private). Optional `case.json`:
 *   { "group": "dynamic", "jvmFlags": ["-Dzookeeper.multiAddress.enabled=true"],
 *     "zookeeper": { "accepted": false, "messages": ["..."], "warnings": ["..."] } }
 * `zookeeper` is the label (ZooKeeper's verdict); without it real ZooKeeper 3.8 labels the case.
 * `writeCaseTemplate` in generate.ts writes generated cases in this layout.
 * Prints the same numbers as the mutation suite and writes a JSON report of every disagreement.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { lintFile } from '../../src/index.js';
import { parseJvmFlags } from '../../src/options.js';
import { runOracle, type OracleVerdict } from '../oracle/oracle.js';
import { formatScore, score, writeReport, type Score, type Scored } from './score.js';

interface CaseSpec {
  group?: string;
  jvmFlags?: string[];
  zookeeper?: Partial<OracleVerdict> & { accepted: boolean };
}

function findCases(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'zoo.cfg'))) {
      out.push(dir);
      return;
    }
    for (const e of readdirSync(dir).sort()) if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e));
  };
  walk(root);
  return out;
}

function substitute(dir: string): void {
  for (const e of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = join(dir, e);
    if (!statSync(p).isFile()) continue;
    const buf = readFileSync(p);
    if (buf.includes('@CASE@')) writeFileSync(p, Buffer.from(buf.toString('latin1').split('@CASE@').join(dir), 'latin1'));
  }
}

const root = process.env['ZKLINT_HELDOUT_DIR'];
const scratch = mkdtempSync(join(tmpdir(), 'zklint-heldout-'));
let result: Score;
let count = 0;

beforeAll(async () => {
  if (!root) throw new Error('set ZKLINT_HELDOUT_DIR to a directory of case dirs (see test/mutation/heldout.agreement.ts)');
  const sources = findCases(resolve(root));
  count = sources.length;
  const cases = sources.map((src, i) => {
    const dir = join(scratch, String(i).padStart(5, '0'));
    cpSync(src, dir, { recursive: true });
    substitute(dir);
    const specFile = join(dir, 'case.json');
    const spec: CaseSpec = existsSync(specFile) ? (JSON.parse(readFileSync(specFile, 'utf8')) as CaseSpec) : {};
    return { src, dir, spec, id: relative(resolve(root), src) || basename(src) };
  });
  const linted = cases.map((c): { diags?: Diagnostic[]; crash?: string } => {
    try {
      const opts = { onHost: true, cwd: c.dir, jvmFlags: c.spec.jvmFlags ?? [] };
      return { diags: lintFile(join(c.dir, 'zoo.cfg'), opts).flatMap((r) => r.diagnostics) };
    } catch (e) {
      return { crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  });
  const unlabelled = cases.filter((c) => !c.spec.zookeeper);
  const jvmCwd = join(scratch, 'jvm-cwd');
  mkdirSync(jvmCwd);
  const judged = await runOracle(
    unlabelled.map((c) => ({ dir: c.dir, jvmProps: Object.fromEntries(parseJvmFlags(c.spec.jvmFlags)) })),
    { cwd: jvmCwd },
  );
  const byDir = new Map(judged.map((v, i) => [unlabelled[i]!.dir, v]));
  const scored: Scored[] = cases.map((c, i) => {
    const label = c.spec.zookeeper;
    const verdict: OracleVerdict = label
      ? { id: c.dir, exitCode: label.accepted ? 0 : 2, stderr: '', mode: null, messages: [], causeClasses: [], exception: null, warnings: [], elapsedMs: 0, ...label }
      : (byDir.get(c.dir) as OracleVerdict);
    return { id: c.id, group: c.spec.group ?? 'heldout', detail: c.id, verdict, ...linted[i] };
  });
  result = score(scored);
  const report = join(tmpdir(), `zklint-heldout-report-${Date.now()}.json`);
  writeReport(report, result, { root });
  console.log(`${formatScore(result, `zklint vs ZooKeeper 3.8 on ${count} held-out cases from ${root}`)}\nreport: ${report}`);
}, 1_800_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('held-out agreement', () => {
  it('found cases', () => expect(count).toBeGreaterThan(0));
  it('zklint never crashes', () => expect(result.total.crashes).toBe(0));
  it('zklint reports no error where ZooKeeper starts', () => expect(result.total.falseErrors).toBe(0));
});
