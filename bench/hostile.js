#!/usr/bin/env node
/**
 * Pathological inputs (issue 10 "Bounded on every input"; issue 15 point 5 at the sizes it measured,
 * named p5-*): each config is linted
 * in a fresh process through the library and every formatter that reads line text (stylish code
 * frames; sarif, github, gitlab fingerprints), then once through the command. Prints wall time,
 * peak RSS, and RSS/MB: the peak RSS above the baseline (the peak RSS of the same run on a 5-line
 * config, measured first: Node and the loaded code, about 50-60 MB) per MB of input, so that it
 * says what the input costs; for the inputs whose memory grows with their size, slope/MB (library and
 * command, json): the peak RSS at full size minus at half size, per MB of difference, what one more
 * MB costs without the fixed part. Target: each under 2 s. Asserts nothing.
 * Run by `npm run bench` (after the other benchmarks), or alone: `node bench/hostile.js`.
 * Env: HOSTILE_SCALE (default 1: the sizes of the issue), HOSTILE_ONLY (comma list of names).
 * Internal: `node bench/hostile.js --child <file>` lints one file in this process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const CLI = join(ROOT, 'bin', 'zklint.cjs');
const LIB = join(ROOT, 'dist', 'src', 'index.js');
const FORMATS = join(ROOT, 'dist', 'src', 'format', 'index.js');

const scale = Number(process.env.HOSTILE_SCALE ?? 1);
/** A size of the issue times HOSTILE_SCALE, times `part` (the half-size runs of the slope column). */
const n = (x, part = 1) => Math.max(1, Math.round(x * scale * part));
const HEAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\n';

/** name → config text (Latin-1); `part` scales the size (1 unless told). */
export const INPUTS = {
  // Every server on the same address and ports: a port conflict between every pair.
  'server-lines-100k': (part) => HEAD + Array.from({ length: n(100_000, part) }, (_, i) => `server.${i + 1}=127.0.0.1:2888:3888\n`).join(''),
  'unknown-keys-500k': (part) => HEAD + Array.from({ length: n(500_000, part) }, (_, i) => `unknownKey${i}=1\n`).join(''),
  // Every other line a suppression, naming a rule that fires on the next line and one that does not.
  'suppressions-300k': (part) =>
    HEAD + Array.from({ length: n(150_000, part) }, (_, i) => `# zklint-disable-next-line unknown-key, duplicate-key\nnotAKey${i}=1\n# zklint-disable unknown-key\n`).join(''),
  'template-braces-14mb': (part) => `${HEAD}initLimit=${'{{'.repeat(n(7 * 1024 * 1024, part))}\n`,
  // Issue 15 point 5, at the sizes it measured on the commit it was filed against.
  'p5-braces-160kb': () => `${HEAD}initLimit=${'{{'.repeat(n(80 * 1024))}\n`,
  'p5-unknown-keys-20k': () => HEAD + Array.from({ length: n(20_000) }, (_, i) => `unknownKey${i}=1\n`).join(''),
  'p5-server-lines-32k': () => HEAD + Array.from({ length: n(32_000) }, (_, i) => `server.${i + 1}=127.0.0.1:2888:3888\n`).join(''),
  'p5-suppressions-64k': () => HEAD + Array.from({ length: n(64_000) }, (_, i) => `# zklint-disable-next-line unknown-key\nnotAKey${i}=1\n`).join(''),
};

/** Issue 15 point 5's glob: a backtracking pattern beside a 40-character name, through --ensemble. */
function globCase(dir) {
  const sub = join(dir, 'glob');
  mkdirSync(join(sub, 'a'.repeat(40)), { recursive: true });
  writeFileSync(join(sub, 'a'.repeat(40), 'zoo.cfg'), `${HEAD}server.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n`);
  writeFileSync(join(sub, 'b.cfg'), `${HEAD}server.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, '-f', 'json', '--ensemble', 'x=*a*a*a*a*a*a*a*a*a*a*b', sub], { encoding: 'utf8', timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${'p5-glob-backtracking'.padEnd(24)}   --ensemble x='*a*a*a*a*a*a*a*a*a*a*b' beside a 40-character name: CLI ${ms.toFixed(0)} ms (${r.signal ?? r.status})`);
}

async function child(file) {
  const lib = await import(LIB);
  const { loadFormatter } = await import(FORMATS);
  const t0 = process.hrtime.bigint();
  const result = lib.lintFiles([file], { maxFileBytes: 64 * 1024 * 1024 });
  const t1 = process.hrtime.bigint();
  const text = (await import('node:fs')).readFileSync(file, 'latin1');
  const ctx = { color: false, cwd: dirname(file), rules: [], getSource: () => text };
  const times = { lint: Number(t1 - t0) / 1e6 };
  for (const f of ['stylish', 'sarif', 'github', 'gitlab']) {
    const s = process.hrtime.bigint();
    (await loadFormatter(f))(result, ctx);
    times[f] = Number(process.hrtime.bigint() - s) / 1e6;
  }
  let findings = 0;
  for (const r of result.results) findings += r.diagnostics.length;
  process.stdout.write(JSON.stringify({ times, findings, maxRssKb: process.resourceUsage().maxRSS }));
}

/** Inputs whose memory grows with their size: the slope column runs them at half size too. */
const SLOPED = new Set(['server-lines-100k', 'unknown-keys-500k', 'suppressions-300k', 'template-braces-14mb']);

/** The child run on `file`: `{ ok: true, ...its report }`, or `{ ok: false, c }` with the failed process. */
function childRun(file) {
  const c = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });
  return c.status === 0 ? { ok: true, ...JSON.parse(c.stdout) } : { ok: false, c };
}

/** Peak RSS in KB of `node <args>`, by GNU time (NaN where it is absent). */
function cliPeakKb(args) {
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
  return { timed, kb: timed.error ? NaN : Number(String(timed.stderr).trim().split('\n').pop()) };
}

function main() {
  const only = process.env.HOSTILE_ONLY?.split(',');
  const dir = mkdtempSync(join(tmpdir(), 'zklint-hostile-'));
  // Baselines: the same runs on a 5-line config (what Node and the loaded code take before any input).
  const tiny = join(dir, 'tiny.cfg');
  writeFileSync(tiny, HEAD, 'latin1');
  const base = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', tiny], { encoding: 'utf8', timeout: 120_000 });
  const baseKb = base.status === 0 ? JSON.parse(base.stdout).maxRssKb : 0;
  const cliBaseKb = {};
  for (const format of ['stylish', 'json', 'sarif']) cliBaseKb[format] = cliPeakKb([CLI, '-f', format, tiny]).kb;
  console.log(`hostile inputs (fresh process each; target < 2 s each; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  console.log(
    `RSS/MB = (peak RSS - baseline) / input MB; baseline = peak RSS on a 5-line config: library ${(baseKb / 1024).toFixed(0)} MB, ` +
      `CLI ${Object.entries(cliBaseKb).map(([f, kb]) => `${f} ${(kb / 1024).toFixed(0)} MB`).join(', ')}`,
  );
  console.log(
    'slope/MB = (peak RSS - peak RSS of the same input at half size) / (input MB - half input MB): what one more MB of input costs, ' +
      'without the fixed part (V8 grows its young generation to ~50 MB in any long run, which RSS/MB counts against the input)',
  );
  console.log('input                      MB    lint+formats ms   findings   peak RSS   RSS/MB  slope/MB   CLI: format ms RSS/MB (exit); json slope/MB');
  try {
    for (const [name, make] of Object.entries(INPUTS)) {
      if (only && !only.includes(name)) continue;
      const file = join(dir, `${name}.cfg`);
      writeFileSync(file, make(1), 'latin1');
      const mbIn = statSync(file).size / 1024 / 1024;
      // The same input at half size, for the slope columns (library and command).
      let half;
      if (SLOPED.has(name)) {
        half = { file: join(dir, `${name}-half.cfg`) };
        writeFileSync(half.file, make(0.5), 'latin1');
        half.mb = statSync(half.file).size / 1024 / 1024;
      }
      const r = childRun(file);
      let line = `${name.padEnd(24)} ${mbIn.toFixed(1).padStart(5)}`;
      if (!r.ok) {
        line += `   failed or over 120 s (${r.c.signal ?? r.c.status}) ${r.c.stderr.split('\n')[0] ?? ''}`;
      } else {
        const total = Object.values(r.times).reduce((a, b) => a + b, 0);
        const rssMb = r.maxRssKb / 1024;
        let slope = '';
        if (half) {
          const h = childRun(half.file);
          if (h.ok) slope = ((r.maxRssKb - h.maxRssKb) / 1024 / (mbIn - half.mb)).toFixed(1);
        }
        line += `   ${total.toFixed(0).padStart(8)} (${Object.entries(r.times).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})`;
        line += `   ${String(r.findings).padStart(7)}   ${rssMb.toFixed(0).padStart(5)} MB   ${((r.maxRssKb - baseKb) / 1024 / mbIn).toFixed(1).padStart(5)}   ${slope.padStart(6)}`;
      }
      // The command as a pre-commit hook runs it (stylish), and as CI does (json, sarif): wall time,
      // exit code and peak RSS (GNU time, where present) of each.
      const cliCols = [];
      for (const format of ['stylish', 'json', 'sarif']) {
        const args = [CLI, '--max-file-size', String(64 * 1024 * 1024), '-f', format, file];
        const t0 = process.hrtime.bigint();
        const { timed, kb } = cliPeakKb(args);
        const cli = timed.error ? spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 }) : timed;
        const cliMs = Number(process.hrtime.bigint() - t0) / 1e6;
        const rss = Number.isFinite(kb) ? ` ${((kb - (cliBaseKb[format] || 0)) / 1024 / mbIn).toFixed(1)}x` : '';
        cliCols.push(`${format} ${cliMs.toFixed(0)} ms${rss} (${cli.signal ?? cli.status})`);
      }
      line += `   ${cliCols.join(', ')}`;
      if (half) {
        // What one more input MB costs the command (json), without its fixed part.
        const full = cliPeakKb([CLI, '--max-file-size', String(64 * 1024 * 1024), '-f', 'json', file]).kb;
        const part = cliPeakKb([CLI, '--max-file-size', String(64 * 1024 * 1024), '-f', 'json', half.file]).kb;
        if (Number.isFinite(full) && Number.isFinite(part)) line += `; json slope/MB ${((full - part) / 1024 / (mbIn - half.mb)).toFixed(1)}x`;
        rmSync(half.file);
      }
      console.log(line);
      rmSync(file);
    }
    if (!only || only.includes('p5-glob-backtracking')) globCase(dir);
    console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
