/**
 * Run generated cases through zklint (in-process) and real ZooKeeper (one JVM per version, all
 * cases in one batch), score them (test/mutation/score.ts), and shrink each miss to a minimal
 * reproducer (greedy line deletion; every shrinking round is one more JVM batch).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/diagnostic.js';
import { lintFile } from '../../src/index.js';
import type { ZkVersion } from '../../src/model/version.js';
import { parseJvmFlags } from '../../src/options.js';
import { runOracle, type OracleVerdict } from '../oracle/oracle.js';
import { zkInstall } from '../oracle/versions.js';
import { score, type Disagreement, type Score, type Scored } from '../mutation/score.js';
import { generateAgreementCases, loadCorpus, writeCase, type AgreementCase, type Strategy } from './generate.js';

export interface AgreementOptions {
  /** "3.4", "3.8", "3.9" or an exact version ("3.9.3"). */
  zk: string;
  seed: number;
  count: number;
  /** ../shared/corpus/real, or undefined to leave the corpus strategy out. */
  corpusDir?: string;
  strategies?: readonly Strategy[];
  /** How many misses to shrink (default 20; 0 = none). */
  shrink?: number;
}

export interface Reproducer {
  kind: Disagreement['kind'];
  id: string;
  detail: string;
  explain: string;
  /** Minimal files (bytes as latin1; `@CASE@` is the case directory). */
  files: Record<string, string>;
  jvmFlags: string[];
}

export interface AgreementResult {
  zk: string;
  version: string;
  seed: number;
  count: number;
  score: Score;
  reproducers: Reproducer[];
  /** Wall time of the whole run and of the oracle JVM batch. */
  ms: { total: number; oracle: number; lint: number };
}

interface Judged {
  verdict: OracleVerdict;
  diags?: Diagnostic[];
  crash?: string;
}

/** Lint every case, then judge all in one JVM. Scratch dirs are removed afterwards. */
async function judge(cases: readonly AgreementCase[], zk: string, hostsFile: string | undefined, timing?: { oracle: number; lint: number }): Promise<Judged[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'zklint-agreement-'));
  try {
    const jvmCwd = join(scratch, 'jvm-cwd');
    mkdirSync(jvmCwd);
    const zkVersion = zk.split('.').slice(0, 2).join('.') as ZkVersion;
    const dirs = cases.map((c, i) => join(scratch, String(i).padStart(5, '0')));
    const t0 = Date.now();
    const linted = cases.map((c, i): { diags?: Diagnostic[]; crash?: string } => {
      const file = writeCase(dirs[i] as string, c.files);
      try {
        // zklint runs where ZooKeeper runs: same working directory for relative paths.
        const results = lintFile(file, { onHost: true, cwd: jvmCwd, jvmFlags: c.jvmFlags, zkVersion });
        return { diags: results.flatMap((r) => r.diagnostics) };
      } catch (e) {
        return { crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      }
    });
    const t1 = Date.now();
    const verdicts = await runOracle(
      cases.map((c, i) => ({ dir: dirs[i] as string, jvmProps: Object.fromEntries(parseJvmFlags(c.jvmFlags)) })),
      { cwd: jvmCwd, zk, ...(hostsFile ? { hostsFile } : {}), timeoutMs: 120_000 + 200 * cases.length, caseTimeoutMs: 20_000 },
    );
    if (timing) {
      timing.lint += t1 - t0;
      timing.oracle += Date.now() - t1;
    }
    return cases.map((_c, i) => ({ verdict: oracleLimit(zk, verdicts[i] as OracleVerdict, linted[i]?.diags), ...linted[i] }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Verdicts the oracle cannot give, counted as oracle failures (excluded and listed), never as
 * ZooKeeper's word: Debian's 3.4.13 jar has no compiled Netty classes (upstream 3.4.13 does).
 */
function oracleLimit(zk: string, v: OracleVerdict, diags?: readonly Diagnostic[]): OracleVerdict {
  // The oracle never binds a port (fixtures/port-conflict/fires-client-is-election-port is marked
  // oracle: false for this): a file it accepts whose only errors are bind-time port clashes is not
  // judged. ZooKeeper's answer there comes at bind time, after the point the oracle stops.
  const errors = diags?.filter((d) => d.severity === 'error') ?? [];
  if (v.accepted && errors.length > 0 && errors.every((d) => d.ruleId === 'port-conflict' && d.zookeeper?.says?.includes('Address already in use'))) {
    return { ...v, exitCode: -1, messages: ['oracle limit: the oracle binds no port (a bind-time clash is not judged)', ...v.messages] };
  }
  if (zk.startsWith('3.4') && !v.accepted && v.messages.some((m) => m.includes("Couldn't instantiate org.apache.zookeeper.server.NettyServerCnxnFactory"))) {
    return { ...v, exitCode: -1, messages: ['oracle limit: Debian 3.4.13 ships no Netty classes', ...v.messages] };
  }
  return v;
}

function toScored(c: AgreementCase, j: Judged): Scored {
  return { id: c.id, group: c.strategy, detail: c.detail, verdict: j.verdict, ...(j.diags ? { diags: j.diags } : {}), ...(j.crash !== undefined ? { crash: j.crash } : {}), files: c.files, jvmFlags: c.jvmFlags };
}

/** The disagreement a case shows, if any (same kinds as score()). */
function kindOf(c: AgreementCase, j: Judged): { kind: Disagreement['kind']; explain: string; rules: string } | undefined {
  const d = score([toScored(c, j)]).disagreements[0];
  if (!d) return undefined;
  return { kind: d.kind, explain: d.explain, rules: d.zklint.filter((x) => x.severity === 'error').map((x) => x.ruleId).sort().join(',') };
}

/** Greedy line-deletion shrinking of several misses at once: one JVM batch per round. */
async function shrinkAll(misses: AgreementCase[], first: Judged[], zk: string, hostsFile: string | undefined): Promise<Reproducer[]> {
  const state = misses.map((c, i) => {
    const k = kindOf(c, first[i] as Judged) as NonNullable<ReturnType<typeof kindOf>>;
    return { c, want: k, done: false };
  });
  for (let round = 0; round < 12 && state.some((s) => !s.done); round++) {
    const tries: Array<{ owner: number; c: AgreementCase }> = [];
    state.forEach((s, owner) => {
      if (s.done) return;
      const lines = (s.c.files['zoo.cfg'] ?? '').split('\n');
      for (let i = 0; i < lines.length; i++) {
        if ((lines[i] as string) === '' && i === lines.length - 1) continue;
        const text = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
        tries.push({ owner, c: { ...s.c, files: { ...s.c.files, 'zoo.cfg': text } } });
      }
    });
    if (tries.length === 0) break;
    const judged = await judge(tries.map((t) => t.c), zk, hostsFile);
    const progressed = new Set<number>();
    tries.forEach((t, i) => {
      const s = state[t.owner]!;
      if (progressed.has(t.owner)) return;
      const k = kindOf(t.c, judged[i] as Judged);
      if (k && k.kind === s.want.kind && k.rules === s.want.rules) {
        s.c = t.c;
        s.want = k;
        progressed.add(t.owner);
      }
    });
    state.forEach((s, i) => {
      if (!progressed.has(i)) s.done = true;
    });
  }
  return state.map((s) => ({ kind: s.want.kind, id: s.c.id, detail: s.c.detail, explain: s.want.explain, files: s.c.files, jvmFlags: s.c.jvmFlags }));
}

export async function runAgreement(o: AgreementOptions): Promise<AgreementResult> {
  const install = zkInstall(o.zk);
  if (!install) throw new Error(`no real ZooKeeper ${o.zk} here (scripts/fetch-zookeeper.sh)`);
  const t0 = Date.now();
  const corpus = o.corpusDir ? loadCorpus(o.corpusDir) : [];
  const cases = generateAgreementCases(o.count, o.seed, { corpus, ...(o.strategies ? { strategies: o.strategies } : {}) });
  let hostsFile: string | undefined;
  const hostsDir = mkdtempSync(join(tmpdir(), 'zklint-agreement-hosts-'));
  try {
    const hosts = new Set(['localhost', ...corpus.flatMap((c) => c.hosts)]);
    hostsFile = join(hostsDir, 'hosts');
    writeFileSync(hostsFile, [...hosts].map((h) => `127.0.0.1 ${h}\n`).join(''));
    const timing = { oracle: 0, lint: 0 };
    const judged = await judge(cases, o.zk, hostsFile, timing);
    const result = score(cases.map((c, i) => toScored(c, judged[i] as Judged)));
    const missIdx = new Set(result.disagreements.filter((d) => d.kind !== 'oracle-failure').map((d) => d.id));
    const shrinkN = o.shrink ?? 20;
    const chosen = cases.map((c, i) => ({ c, j: judged[i] as Judged })).filter((x) => missIdx.has(x.c.id));
    // One reproducer per kind and rule set first, so a few classes do not crowd out the rest.
    const seen = new Set<string>();
    const firstOfClass = chosen.filter((x) => {
      const k = kindOf(x.c, x.j);
      const key = `${k?.kind}:${k?.rules}:${x.c.strategy}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const picked = firstOfClass.slice(0, shrinkN);
    const reproducers = picked.length > 0 ? await shrinkAll(picked.map((x) => x.c), picked.map((x) => x.j), o.zk, hostsFile) : [];
    return { zk: o.zk, version: install.version, seed: o.seed, count: cases.length, score: result, reproducers, ms: { total: Date.now() - t0, ...timing } };
  } finally {
    rmSync(hostsDir, { recursive: true, force: true });
  }
}
