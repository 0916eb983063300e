/**
 * scripts/fetch-zookeeper.sh decides from versions.tsv which suites are already cached. A cached
 * suite must never reach the network (CI runs the script on every build), also when two suites
 * carry the same upstream version. The mirror here is a closed local port: any fetch fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve(__dirname, '../../scripts/fetch-zookeeper.sh');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function cacheWith(rows: string[], jars: string[]): string {
  const cache = mkdtempSync(join(tmpdir(), 'zklint-fetch-'));
  roots.push(cache);
  writeFileSync(join(cache, 'versions.tsv'), rows.map((r) => `${r}\n`).join(''));
  for (const v of jars) {
    mkdirSync(join(cache, v, 'usr/share/java'), { recursive: true });
    writeFileSync(join(cache, v, 'usr/share/java/zookeeper.jar'), 'jar');
  }
  return cache;
}

const run = (cache: string, suites: string[]) =>
  spawnSync('bash', [SCRIPT, ...suites], {
    encoding: 'utf8',
    env: { ...process.env, ZKLINT_ZK_CACHE: cache, ZKLINT_DEBIAN_MIRROR: 'http://127.0.0.1:9/debian' },
    timeout: 60_000,
  });

describe('fetch-zookeeper.sh cache check', () => {
  const rows = ['3.4.13\tbullseye\t3.4.13-6+deb11u1\t3.4.13', '3.9.6\ttrixie\t3.9.6-1\t3.9.6', '3.9.6\tsid\t3.9.6-2\t3.9.6'];

  it('finds every suite cached by its own row (suite column), with no network', () => {
    const cache = cacheWith(rows, ['3.4.13', '3.9.6']);
    const r = run(cache, ['bullseye', 'trixie', 'sid']);
    expect(r.status, r.stderr).toBe(0);
    for (const s of ['bullseye', 'trixie', 'sid']) expect(r.stdout).toContain(`(${s}): cached`);
    expect(readFileSync(join(cache, 'versions.tsv'), 'utf8')).toBe(rows.map((x) => `${x}\n`).join(''));
  });

  it('takes a suite whose version has no jar as missing and tries to fetch it', () => {
    const cache = cacheWith(rows, ['3.4.13']);
    const r = run(cache, ['bullseye', 'sid']);
    expect(r.stdout).toContain('(bullseye): cached');
    expect(r.stdout).not.toContain('(sid): cached');
    expect(r.status).not.toBe(0); // the closed mirror: the fetch was attempted and failed
  });

  it('does not take a version number for a suite name', () => {
    const cache = cacheWith(['3.9.6\ttrixie\t3.9.6-1\t3.9.6'], ['3.9.6']);
    const r = run(cache, ['3.9.6']);
    expect(r.stdout).not.toContain('cached');
    expect(r.status).not.toBe(0);
  });
});
