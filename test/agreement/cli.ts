/**
 * `npm run agreement -- --zk 3.4|3.8|3.9[,...] --seed N --count K [--markdown] [--max-false-errors N]
 *   [--max-crashes N] [--min-recall P] [--strategies bytes,values,...] [--no-corpus] [--report file]
 *   [--shrink N]`
 *
 * Generates K fresh cases (test/agreement/generate.ts) from seed N (random when not given; always
 * printed), lints them in-process and labels them with real ZooKeeper of each named version (one
 * JVM per version), then prints: recall on configs ZooKeeper refuses, the share of those where
 * zklint names ZooKeeper's own words, false errors on configs ZooKeeper accepts, warning recall,
 * crashes, and one minimal reproducer per class of miss. Exit status 1 when a --max-* / --min-*
 * gate fails, 2 on bad arguments or a missing ZooKeeper.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rate, formatScore } from '../mutation/score.js';
import { STRATEGIES, type Strategy } from './generate.js';
import { runAgreement, type AgreementResult } from './run.js';

interface Args {
  zk: string[];
  seed: number;
  count: number;
  markdown: boolean;
  maxFalseErrors?: number;
  maxCrashes?: number;
  minRecall?: number;
  strategies?: Strategy[];
  corpus: boolean;
  report?: string;
  shrink: number;
}

function fail(msg: string): never {
  process.stderr.write(`agreement: ${msg}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { zk: [], seed: Math.floor(Math.random() * 2 ** 31), count: 2000, markdown: false, corpus: true, shrink: 20 };
  const num = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0) fail(`${name} needs a non-negative number, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--zk':
        a.zk.push(...(value() ?? fail('--zk needs a version')).split(',').filter(Boolean));
        break;
      case '--seed':
        a.seed = num('--seed', value());
        break;
      case '--count':
        a.count = num('--count', value());
        break;
      case '--markdown':
        a.markdown = true;
        break;
      case '--max-false-errors':
        a.maxFalseErrors = num('--max-false-errors', value());
        break;
      case '--max-crashes':
        a.maxCrashes = num('--max-crashes', value());
        break;
      case '--min-recall':
        a.minRecall = num('--min-recall', value());
        break;
      case '--strategies': {
        const ss = (value() ?? '').split(',').filter(Boolean);
        for (const s of ss) if (!STRATEGIES.includes(s as Strategy)) fail(`unknown strategy ${s} (one of ${STRATEGIES.join(', ')})`);
        a.strategies = ss as Strategy[];
        break;
      }
      case '--no-corpus':
        a.corpus = false;
        break;
      case '--report':
        a.report = value() ?? fail('--report needs a file');
        break;
      case '--shrink':
        a.shrink = num('--shrink', value());
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${(HELP as string).trim()}\n`);
        process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default:
        fail(`unknown argument ${arg} (see --help)`);
    }
  }
  if (a.zk.length === 0) a.zk = ['3.8'];
  return a;
}

const HELP = `
npm run agreement -- [--zk 3.4|3.8|3.9|3.9.3,...] [--seed N] [--count K] [--markdown]
                     [--max-false-errors N] [--max-crashes N] [--min-recall 0.99]
                     [--strategies ${STRATEGIES.join(',')}] [--no-corpus] [--report file.json] [--shrink N]
Generated cases labelled by real ZooKeeper of each version against zklint (seed printed).
With ZKLINT_HELDOUT_DIR set, scores that directory of case dirs instead (3.8).`;

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${(100 * rate(n, d)).toFixed(1)}%`);

function summary(r: AgreementResult): Record<string, string> {
  const t = r.score.total;
  return {
    version: r.version,
    cases: String(t.cases),
    refused: String(t.refused),
    'fatal recall': `${pct(t.caught, t.refused)} (${t.caught}/${t.refused})`,
    "ZooKeeper's words": `${pct(t.causeMatch, t.refused)} (${t.causeMatch}/${t.refused})`,
    'false errors': `${t.falseErrors}/${t.accepted} (${pct(t.falseErrors, t.accepted)})`,
    'warning recall': `${pct(t.warnCaught, t.zkWarned)} (${t.warnCaught}/${t.zkWarned})`,
    crashes: String(t.crashes),
    'oracle failures': String(t.oracleFailures),
    seed: String(r.seed),
  };
}

function show(files: Record<string, string>): string {
  return Object.entries(files)
    .filter(([k]) => !k.endsWith('/'))
    .map(([k, v]) => `--- ${k}\n${JSON.stringify(v).slice(1, -1).replace(/\\n/g, '\n')}`)
    .join('\n');
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const corpusDir = a.corpus ? resolve(process.env['ZKLINT_CORPUS'] ?? join(process.cwd(), '..', 'shared', 'corpus', 'real')) : undefined;
  const results: AgreementResult[] = [];
  for (const zk of a.zk) {
    let r: AgreementResult;
    try {
      r = await runAgreement({ zk, seed: a.seed, count: a.count, ...(corpusDir ? { corpusDir } : {}), ...(a.strategies ? { strategies: a.strategies } : {}), shrink: a.shrink });
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    results.push(r);
    if (!a.markdown) {
      process.stdout.write(`${formatScore(r.score, `zklint vs real ZooKeeper ${r.version} (--zk-version ${zk.split('.').slice(0, 2).join('.')}) on ${r.count} generated cases, seed ${r.seed}`)}\n`);
      for (const [k, v] of Object.entries(summary(r))) process.stdout.write(`  ${k.padEnd(18)} ${v}\n`);
      process.stdout.write(`  time               ${(r.ms.total / 1000).toFixed(1)} s (lint ${(r.ms.lint / 1000).toFixed(1)} s, ZooKeeper JVM ${(r.ms.oracle / 1000).toFixed(1)} s)\n`);
      for (const rep of r.reproducers) {
        process.stdout.write(`\n[${rep.kind}] ${rep.id} (${rep.detail})\n  ${rep.explain}\n${show(rep.files)}\n${rep.jvmFlags.length ? `jvm flags: ${rep.jvmFlags.join(' ')}\n` : ''}`);
      }
      process.stdout.write('\n');
    }
  }
  if (a.markdown) {
    const rows = results.map(summary);
    const cols = Object.keys(rows[0] ?? {});
    process.stdout.write(`| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|\n`);
    for (const row of rows) process.stdout.write(`| ${cols.map((c) => row[c]).join(' | ')} |\n`);
    process.stdout.write(`\nReproduce: \`npm run agreement -- --zk ${a.zk.join(',')} --seed ${a.seed} --count ${a.count}\`\n`);
  }
  if (a.report) {
    writeFileSync(a.report, JSON.stringify(results.map((r) => ({ zk: r.zk, version: r.version, seed: r.seed, count: r.count, total: r.score.total, byGroup: Object.fromEntries(r.score.byGroup), disagreements: r.score.disagreements, reproducers: r.reproducers })), null, 2));
    process.stdout.write(`report: ${a.report}\n`);
  }
  const failures: string[] = [];
  for (const r of results) {
    const t = r.score.total;
    if (a.maxFalseErrors !== undefined && t.falseErrors > a.maxFalseErrors) failures.push(`${r.version}: ${t.falseErrors} false errors > ${a.maxFalseErrors}`);
    if (a.maxCrashes !== undefined && t.crashes > a.maxCrashes) failures.push(`${r.version}: ${t.crashes} crashes > ${a.maxCrashes}`);
    if (a.minRecall !== undefined && rate(t.caught, t.refused) < a.minRecall) failures.push(`${r.version}: fatal recall ${pct(t.caught, t.refused)} < ${a.minRecall * 100}%`);
  }
  if (failures.length) {
    process.stderr.write(`agreement gate failed (seed ${a.seed}):\n  ${failures.join('\n  ')}\n`);
    process.exit(1);
  }
}

void main();
