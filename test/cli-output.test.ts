/**
 * The command writes its output with write(2) on descriptors 1 and 2 (src/cli/output.ts), not
 * through Node's stdout stream: every byte must still arrive, in order, wherever the output goes
 * (a file, /dev/null, a pipe whose other end set it non-blocking and reads slowly).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/zklint.cjs');
const env = { ...process.env, NO_COLOR: '1' };

function bigConfig(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zklint-output-'));
  const file = join(dir, 'zoo.cfg');
  // ~3,000 unknown keys: a JSON report of several pipe buffers (64 KiB each).
  const lines = ['tickTime=2000', 'dataDir=./data', 'clientPort=2181'];
  for (let i = 0; i < 3000; i++) lines.push(`someUnknownSetting${i}=1`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { dir, file };
}

const hasPython = spawnSync('python3', ['-c', 'import os'], { stdio: 'ignore' }).status === 0;

describe('command output', () => {
  const { dir, file } = bigConfig();
  const viaFile = () => {
    const out = join(dir, 'out.json');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --format json "${file}" > "${out}"`], { env, encoding: 'utf8' });
    return { status: r.status, stdout: readFileSync(out, 'utf8') };
  };

  it('a report written to a file is the whole report', () => {
    const r = viaFile();
    expect(r.status).toBe(0); // unknown keys are warnings
    const report = JSON.parse(r.stdout) as { results: Array<{ diagnostics: unknown[] }> };
    expect(report.results[0]?.diagnostics.length).toBeGreaterThan(1000); // the first 1,000 and a summary
    expect(r.stdout.length).toBeGreaterThan(4 * 65536);
  });

  it('to /dev/null: the exit code is the run’s and nothing goes to stderr', () => {
    const r = spawnSync(process.execPath, [CLI, file], { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
    expect(r.status).toBe(0); // unknown keys are warnings
    expect(r.stderr).toBe('');
  });

  it.skipIf(!hasPython)('through a non-blocking pipe read slowly: every byte, in order (EAGAIN hands over to the stream)', () => {
    // python3 makes the pipe, sets its write end non-blocking, and reads only once it is full, so
    // write(2) gets EAGAIN.
    const script = [
      'import array, fcntl, os, subprocess, sys, termios, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      'p = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      // Until the pipe is full (64 KiB waiting), then a little longer: the next write meets EAGAIN.
      'n = array.array("i", [0])',
      'while p.poll() is None:',
      '    fcntl.ioctl(r, termios.FIONREAD, n)',
      '    if n[0] >= 65536: break',
      '    time.sleep(0.01)',
      'time.sleep(0.2)',
      'data = b""',
      'while True:',
      '    chunk = os.read(r, 4096)',
      '    if not chunk: break',
      '    data += chunk',
      '    time.sleep(0.001)',
      'sys.stdout.buffer.write(data)',
      'sys.exit(p.wait())',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script, process.execPath, CLI, '--format', 'json', file], { env, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0); // unknown keys are warnings
    expect(r.stdout).toBe(viaFile().stdout);
  });
});
