/**
 * Issue 10: the same verdict on every machine. Away from the server (no onHost, no root) zklint reads
 * no path a config names, so what the linting machine happens to hold (Debian's placeholder
 * /var/lib/zookeeper/myid, say) cannot change the result; on the server, an id from inventory never
 * hides what the server's own myid says; the server's environment gives JVM flags as zkServer.sh does.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryFileSystem, lintText, type FileSystem } from '../src/index.js';

const QUORUM = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';

/** Records every path the linter asks the file system about. */
function recording(fs: FileSystem): { fs: FileSystem; touched: string[] } {
  const touched: string[] = [];
  const wrap = new Proxy(fs, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...a: unknown[]) => {
        if (typeof a[0] === 'string') touched.push(a[0]);
        return (v as (...x: unknown[]) => unknown).apply(target, a);
      };
    },
  });
  return { fs: wrap, touched };
}

const diags = (r: ReturnType<typeof lintText>) => r.flatMap((f) => f.diagnostics);
const ids = (r: ReturnType<typeof lintText>) => diags(r).map((d) => `${d.ruleId}:${d.messageId}`).sort();

describe('the same verdict on every machine', () => {
  const debianLike = createMemoryFileSystem({ '/var/lib/zookeeper/myid': 'replace this text with the cardinal number of this server\n' });
  const bare = createMemoryFileSystem({});

  it('away from the server, the machine\'s own /var/lib/zookeeper is never read and changes nothing', () => {
    const a = recording(debianLike);
    const withZk = lintText(QUORUM, { fs: a.fs, filePath: '/repo/zoo.cfg' });
    const withoutZk = lintText(QUORUM, { fs: bare, filePath: '/repo/zoo.cfg' });
    expect(ids(withZk)).toEqual(ids(withoutZk));
    expect(ids(withZk)).toContain('data-dir-not-checked:offHost');
    expect(ids(withZk).some((i) => i.startsWith('myid-'))).toBe(false);
    expect(a.touched.filter((p) => p.startsWith('/var/'))).toEqual([]);
  });

  it('on the server, the placeholder myid is the real error', () => {
    const r = lintText(QUORUM, { fs: debianLike, filePath: '/etc/zookeeper/zoo.cfg', onHost: true });
    expect(ids(r)).toContain('myid-invalid:default');
  });

  it('on the server, an id from inventory does not hide a missing or different myid', () => {
    const missing = createMemoryFileSystem({ '/var/lib/zookeeper/version-2/.keep': '' });
    expect(ids(lintText(QUORUM, { fs: missing, filePath: '/etc/zookeeper/zoo.cfg', onHost: true, myid: 2 })).some((i) => i.startsWith('myid-missing'))).toBe(true);
    const other = createMemoryFileSystem({ '/var/lib/zookeeper/myid': '1\n' });
    const r = lintText(QUORUM, { fs: other, filePath: '/etc/zookeeper/zoo.cfg', onHost: true, myid: 2 });
    const d = diags(r).find((x) => x.ruleId === 'myid-option-mismatch');
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(/inventory says this is server 2, but \/var\/lib\/zookeeper\/myid says 1/);
    const same = createMemoryFileSystem({ '/var/lib/zookeeper/myid': '2\n' });
    expect(ids(lintText(QUORUM, { fs: same, filePath: '/etc/zookeeper/zoo.cfg', onHost: true, myid: 2 })).filter((x) => x.startsWith('myid'))).toEqual([]);
  });

  it('no library message names a command-line flag', () => {
    const r = lintText(QUORUM, { fs: bare, filePath: '/repo/zoo.cfg' });
    for (const d of diags(r)) expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/--[a-z]/);
  });
});

describe('the CLI on the server reads SERVER_JVMFLAGS/JVMFLAGS from its environment', () => {
  const ROOT = resolve(import.meta.dirname, '..');
  const CLI = join(ROOT, 'bin/zklint.cjs');
  const dir = mkdtempSync(join(tmpdir(), 'zklint-env-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'myid'), '1\n');
  writeFileSync(join(dir, 'zoo.cfg'), 'tickTime=2000\ndataDir=./data\nclientPort=2181\n');
  writeFileSync(join(dir, 'java.env'), 'export JVMFLAGS="-Dzookeeper.snapCount=5000"\n');
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [CLI, '--format', 'json', ...args, 'zoo.cfg'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  const overridden = (stdout: string) =>
    (JSON.parse(stdout) as { results: Array<{ diagnostics: Array<{ ruleId: string; message: string }> }> }).results[0]!.diagnostics.filter((d) => d.ruleId === 'jvm-flag-overridden');

  it('with --on-host: the environment, then java.env, and says which won', () => {
    const r = run(['--on-host', '--java-env', 'java.env'], { SERVER_JVMFLAGS: '-Dzookeeper.snapCount=1000' });
    const found = overridden(r.stdout);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('by SERVER_JVMFLAGS in the environment');
    expect(found[0]!.message).toContain('the server uses "5000" from JVMFLAGS in java.env');
  });

  it('away from the server the linting machine\'s environment is not the server\'s: not read', () => {
    const r = run(['--java-env', 'java.env'], { SERVER_JVMFLAGS: '-Dzookeeper.snapCount=1000' });
    expect(overridden(r.stdout)).toEqual([]);
  });
});
