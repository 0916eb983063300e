#!/usr/bin/env node
/**
 * The playground's load time: headless Chromium (puppeteer-core, /usr/bin/chromium or
 * ZKLINT_CHROMIUM) opens dist/playground/index.html from file://; times are milliseconds since
 * navigation start: when the README example's diagnostics are in the DOM (the page's
 * `performance.now()` after its first render) and when they are painted (after the next frame). Beside them: a one-line page as the floor, a fresh browser profile per load,
 * a permalink holding a five-node ensemble, the browser's CPU time per load (all its processes,
 * from /proc) and the time one lint takes in the page. Run with `npm run bench:playground` (builds the playground
 * first). Prints numbers; asserts nothing. Env: BENCH_PLAYGROUND_RUNS (default 15).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.ZKLINT_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_PLAYGROUND_RUNS ?? 15);
const PAGE = pathToFileURL(join(ROOT, 'dist/playground/index.html')).href;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(CHROMIUM)) {
  console.log(`bench:playground skipped: ${CHROMIUM} is not installed`);
  process.exit(0);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => x.toFixed(0);

/**
 * CPU time (user + system, ms) used so far by a process and all its descendants, from /proc:
 * the browser and its renderer, GPU and utility processes. Unlike wall time, this hardly moves
 * with other load on a shared machine. `undefined` where /proc is missing.
 */
function treeCpuMs(rootPid) {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      // fields after "(comm)": state ppid … utime(12) stime(13) (0-based after the state field)
      stats.set(Number(name), { ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid) => {
    for (let p = pid, n = 0; p > 1 && n < 64; p = stats.get(p)?.ppid ?? 0, n++) if (p === rootPid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, st] of stats) if (inTree(pid)) ticks += st.cpu;
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}
const puppeteer = (await import('puppeteer-core')).default;

/** One browser per measurement series; `fresh`: a new profile (nothing cached) per load. */
async function series(url, runs, fresh) {
  const first = [];
  const wall = [];
  const lint = [];
  const task = [];
  const cpu = [];
  const paint = [];
  let browser;
  let profile;
  const launch = async () => {
    profile = mkdtempSync(join(tmpdir(), 'zklint-bench-chromium-'));
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, `--user-data-dir=${profile}`] });
  };
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  await launch();
  for (let i = 0; i < runs; i++) {
    if (fresh && i > 0) {
      await close();
      await launch();
    }
    const c0 = treeCpuMs(browser.process().pid);
    const page = await browser.newPage();
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', { polling: 'mutation' });
    if (url === BLANK) {
      // The floor: a page with one line of text and a script that marks it ready.
      wall.push(performance.now() - t0);
      const c1 = treeCpuMs(browser.process().pid);
      if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
      first.push(await page.evaluate(() => window.shownAt));
      paint.push(await page.evaluate(() => new Promise((done) => {
        const poll = () => (window.paintAt !== undefined ? done(window.paintAt) : setTimeout(poll, 10));
        poll();
      })));
      lint.push(0);
      task.push((await page.metrics()).TaskDuration * 1000);
      await page.close();
      continue;
    }
    wall.push(performance.now() - t0);
    const c1 = treeCpuMs(browser.process().pid);
    if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
    const s = await page.evaluate(() => ({ first: window.zklintPlayground.firstDiagnosticsMs, lint: window.zklintPlayground.lintMs[0] }));
    // The page notes the time after the frame that followed its first render: the diagnostics were painted by then.
    paint.push(await page.evaluate(() => new Promise((done) => {
      const poll = () => (window.zklintPlayground.firstPaintMs !== undefined ? done(window.zklintPlayground.firstPaintMs) : setTimeout(poll, 10));
      poll();
    })));
    first.push(s.first);
    lint.push(s.lint);
    // Main-thread busy time of the page (parse, compile, lint, layout), less moved by other load on the machine than wall time.
    task.push((await page.metrics()).TaskDuration * 1000);
    await page.close();
  }
  await close();
  return { first, wall, lint, task, cpu, paint };
}

function line(label, r) {
  console.log(
    `${label.padEnd(46)} diagnostics in the DOM ${fmt(median(r.first))} ms (range ${fmt(Math.min(...r.first))}–${fmt(Math.max(...r.first))}), painted ${fmt(median(r.paint))} ms (range ${fmt(Math.min(...r.paint))}–${fmt(Math.max(...r.paint))}); ` +
      `goto→shown ${fmt(median(r.wall))} ms; browser CPU (all processes, new tab→shown) ${r.cpu.length ? fmt(median(r.cpu)) : '?'} ms; main-thread busy ${fmt(median(r.task))} ms; first lint in page ${fmt(median(r.lint))} ms (load average ${loadavg()[0].toFixed(1)})`,
  );
}

/** A permalink for five nodes of one ensemble (each with its myid), made by the page itself. */
async function fiveNodeLink() {
  const profile = mkdtempSync(join(tmpdir(), 'zklint-bench-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, `--user-data-dir=${profile}`] });
  const page = await browser.newPage();
  await page.goto(PAGE);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  for (let i = 0; i < 4; i++) await page.click('#add-node');
  await page.waitForFunction(() => document.documentElement.dataset.pending === '0' && location.hash === `#${window.zklintPlayground?.lastFragment}`);
  const url = page.url();
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  return url;
}

const blankDir = mkdtempSync(join(tmpdir(), 'zklint-bench-blank-'));
writeFileSync(join(blankDir, 'mark.js'), 'window.shownAt = performance.now(); document.documentElement.dataset.ready = "1";\nrequestAnimationFrame(() => setTimeout(() => (window.paintAt = performance.now()), 0));\n');
writeFileSync(join(blankDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>floor</title><p>floor</p><script src="mark.js"></script>\n');
const BLANK = pathToFileURL(join(blankDir, 'index.html')).href;

console.log(`playground load time, ${RUNS} loads each; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0].toFixed(1)}, Node ${process.version}`);
line('floor: a one-line page, warm browser', await series(BLANK, RUNS, false));
line('example, warm browser (same profile)', await series(PAGE, RUNS, false));
line('example, fresh browser profile each load', await series(PAGE, Math.max(3, Math.ceil(RUNS / 3)), true));
line('permalink: five-node ensemble, warm browser', await series(await fiveNodeLink(), RUNS, false));
rmSync(blankDir, { recursive: true, force: true });
