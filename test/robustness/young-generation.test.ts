/**
 * On a large input the CLI keeps V8's young generation at its first size (src/cli/heap.ts), and
 * the library never does: it is its host's process. Each side runs in a fresh Node on the same
 * 2 MB config and reports the young generation's size after the run; the library's grows (it is
 * the control: this input is large enough to grow it), the CLI's does not, and the CLI on a small
 * config is not tuned at all (loading node:v8 would cost it start-up).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LARGE_INPUT_BYTES, totalBytes } from '../../src/cli/heap.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zklint-young-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n';
/** A config of server lines of at least `bytes` bytes. */
function serverLines(name: string, bytes: number): string {
  const file = join(dir, name);
  const lines: string[] = [HEAD];
  for (let i = 1, size = HEAD.length; size < bytes; i++) {
    const line = `server.${i}=10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:2888:3888\n`;
    lines.push(line);
    size += line.length;
  }
  writeFileSync(file, lines.join(''), 'latin1');
  return file;
}
// 2 MB: large enough that the library's young generation grows to its limit (the control).
const large = serverLines('large.cfg', 2 * 1024 * 1024);
// Just over the CLI's threshold: tuned as well (a 1 MB config had cost the CLI ~80 MB of RSS untuned, ~70 tuned).
const middling = serverLines('middling.cfg', LARGE_INPUT_BYTES + 1024);
const small = join(dir, 'small.cfg');
writeFileSync(small, HEAD, 'latin1');

/**
 * Runs `body` (an ES module's text, `file` bound) in a fresh Node; returns the young generation's
 * size in bytes after it, and whether node:v8 had been loaded by then (the child loads it only after).
 */
function youngAfter(body: string, file: string): { bytes: number; v8Loaded: boolean } {
  const script = `const file = ${JSON.stringify(file)};
${body}
const v8Loaded = process.moduleLoadList.includes('NativeModule v8');
const v8 = await import('node:v8');
const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
process.stdout.write('\\nYOUNG ' + young.space_size + ' ' + v8Loaded + '\\n');`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /\nYOUNG (\d+) (true|false)\n/.exec(r.stdout);
  if (!m) throw new Error(`child failed (${r.signal ?? r.status}): ${r.stderr}`);
  return { bytes: Number(m[1]), v8Loaded: m[2] === 'true' };
}

const dist = (p: string) => JSON.stringify(pathToFileURL(join(ROOT, 'dist/src', p)).href);
const SINK = '{ write() { return true; }, end() {} }';
const cli = `const { run } = await import(${dist('cli/main.js')});
const code = await run(['-f', 'json', file], { out: ${SINK}, err: ${SINK} });
if (code !== 0 && code !== 1) throw new Error('exit ' + code);`;
const library = `const { lintFiles } = await import(${dist('index.js')});
if (lintFiles([file]).length === 0) throw new Error('no result');`;

describe('the young generation on a large input', () => {
  it('grows in the library (the control), which sets no V8 flag', () => {
    const r = youngAfter(library, large);
    expect(r.bytes).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    expect(r.v8Loaded).toBe(false);
  });
  it('stays at its first size in the CLI', () => {
    const r = youngAfter(cli, large);
    expect(r.v8Loaded).toBe(true);
    expect(r.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
  it('is kept small from the threshold on, well below a megabyte', () => {
    expect(LARGE_INPUT_BYTES).toBeLessThanOrEqual(64 * 1024);
    expect(youngAfter(cli, middling).v8Loaded).toBe(true);
  });
  it('is left alone by the CLI on a small config (loading node:v8 would cost the start)', () => {
    expect(youngAfter(cli, small).v8Loaded).toBe(false);
  });
});

describe('totalBytes', () => {
  it('adds the sizes of regular files and counts what cannot be read as 0', () => {
    expect(totalBytes([small, small], dir)).toBe(2 * HEAD.length);
    expect(totalBytes(['small.cfg', 'missing.cfg', '.'], dir)).toBe(HEAD.length);
  });
  it('stops counting once the input is large', () => {
    const n = totalBytes([middling, middling, middling], dir);
    expect(n).toBeGreaterThanOrEqual(LARGE_INPUT_BYTES);
    expect(n).toBeLessThan(2 * (LARGE_INPUT_BYTES + 2048));
  });
});
