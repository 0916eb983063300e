#!/usr/bin/env node
/**
 * Behaviour snapshot of the built command, for refactors that must change nothing.
 *
 *   node scripts/compare-output.mjs --save <dir>     record
 *   node scripts/compare-output.mjs --compare <dir>  record again and list every difference (exit 1 if any)
 *
 * For each ZooKeeper line (3.4, 3.8, 3.9) it runs `bin/zklint.cjs --format json --zk-version <v>` on
 * the whole fixtures tree at once, on each fixture case (the folder holding a case.json) whose options
 * have a flag (onHost, myid, faultTolerance, jvmFlags), with those flags, and on ../shared/corpus/real
 * when it is there, and keeps stdout, stderr and the exit code of each
 * run. Run `npm run build` first: it runs the bundle, not the sources.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const cli = join(root, 'bin', 'zklint.cjs');
const versions = ['3.4', '3.8', '3.9'];

const [mode, outDir] = process.argv.slice(2);
if ((mode !== '--save' && mode !== '--compare') || !outDir) {
  console.error('usage: compare-output.mjs --save <dir> | --compare <dir>');
  process.exit(2);
}

function caseDirs(dir, out = []) {
  const names = readdirSync(dir).sort();
  if (names.includes('case.json')) out.push(dir);
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) caseDirs(p, out);
  }
  return out;
}

function flagsFor(caseDir) {
  let options = {};
  try {
    options = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')).options ?? {};
  } catch {
    /* a case without readable options runs with none */
  }
  const flags = [];
  if (options.onHost) flags.push('--on-host');
  if (options.myid !== undefined) flags.push('--myid', String(options.myid));
  if (options.faultTolerance !== undefined) flags.push('--fault-tolerance', String(options.faultTolerance));
  for (const f of options.jvmFlags ?? []) flags.push('--jvm-flag', f);
  return flags;
}

const jobs = [];
const corpus = join(root, '..', 'shared', 'corpus', 'real');
for (const v of versions) {
  for (const dir of caseDirs(join(root, 'fixtures'))) {
    const flags = flagsFor(dir);
    if (flags.length === 0) continue; // covered by the whole-tree run below
    jobs.push({ name: `${v} ${relative(root, dir)}`, args: [...flags, '--format', 'json', '--zk-version', v, relative(root, dir)] });
  }
  jobs.push({ name: `${v} fixtures (all)`, args: ['--format', 'json', '--zk-version', v, 'fixtures'] });
  // Relative, so that snapshots taken in two checkouts (each beside a ../shared) compare equal.
  if (existsSync(corpus)) jobs.push({ name: `${v} corpus`, args: ['--format', 'json', '--zk-version', v, relative(root, corpus)] });
  else console.error('../shared/corpus/real is absent: the corpus is not compared');
}

function run(job) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...job.args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ name: job.name, code, stdout: out, stderr: err }));
  });
}

const results = new Map();
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const r = await run(job);
    results.set(r.name, r);
  }
}
await Promise.all([worker(), worker()]);

const snapshot = Object.fromEntries([...results.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
if (mode === '--save') {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'snapshot.json'), JSON.stringify(snapshot, null, 1));
  console.log(`saved ${results.size} runs to ${outDir}/snapshot.json`);
} else {
  const before = JSON.parse(readFileSync(join(outDir, 'snapshot.json'), 'utf8'));
  let differences = 0;
  const names = new Set([...Object.keys(before), ...Object.keys(snapshot)]);
  for (const name of [...names].sort()) {
    const a = before[name];
    const b = snapshot[name];
    if (!a || !b) {
      differences++;
      console.log(`${name}: only ${a ? 'before' : 'after'}`);
      continue;
    }
    for (const field of ['code', 'stdout', 'stderr']) {
      if (a[field] === b[field]) continue;
      differences++;
      const la = String(a[field]).split('\n');
      const lb = String(b[field]).split('\n');
      let i = 0;
      while (i < la.length && la[i] === lb[i]) i++;
      console.log(`${name}: ${field} differs at line ${i + 1}\n  before: ${la[i] ?? '(end)'}\n  after:  ${lb[i] ?? '(end)'}`);
    }
  }
  console.log(`${results.size} runs compared, ${differences} difference(s)`);
  process.exit(differences === 0 ? 0 : 1);
}
