/**
 * What some tests need from outside the repository, said once (test/support/global-setup.ts)
 * instead of failing in a user's fresh clone:
 *   - `../shared` (the real-world corpus): lives beside the project's own workspace; CI lays a copy
 *     beside the clone. Missing in a user's clone: those suites are skipped. Missing in CI
 *     (`CI=true`): they fail, so a broken CI layout can never pass green.
 * Real ZooKeeper, a JDK, pre-commit and ansible are installed by `.ci/run` (see README).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { zookeeperAvailable } from '../oracle/oracle.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** `ZKLINT_SHARED`, else a `shared/` folder beside the repository or up to three levels above it. */
export function sharedDir(): string | undefined {
  const env = process.env['ZKLINT_SHARED'];
  if (env) return existsSync(join(env, 'corpus')) ? env : undefined;
  let dir = ROOT;
  for (let i = 0; i < 4; i++) {
    const candidate = join(dirname(dir), 'shared');
    if (existsSync(join(candidate, 'corpus'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * Real ZooKeeper 3.8 (Debian's `zookeeper` package) and a JDK: the oracle behind every suite that
 * asks the real server. Missing in a user's clone: those suites are skipped, said once. Missing in
 * CI: they fail, as for ../shared.
 */
export const ZK_MISSING =
  'real ZooKeeper 3.8 (Debian\'s zookeeper package) or a JDK is missing: the suites that ask the real server (oracle, differential, agreement, real ensembles) are skipped. ' +
  '.ci/run installs them (apt-get install -y zookeeper default-jdk-headless; scripts/fetch-zookeeper.sh adds 3.4 and 3.9).';

/** For `describe.skipIf(skipWithoutZooKeeper())`: true (skip) when the 3.8 oracle cannot run outside CI. */
export function skipWithoutZooKeeper(): boolean {
  return !zookeeperAvailable() && !inCI();
}

export const inCI = (): boolean => !!process.env['CI'] && process.env['CI'] !== 'false';

export const SHARED_MISSING =
  '../shared (the real-world corpus of ~140 configs) is not beside this clone: the corpus suites are skipped. ' +
  'CI lays it beside the clone and runs them (set ZKLINT_SHARED=<dir> to point at a copy).';

/**
 * For `describe.skipIf(skipWithoutShared())`: true (skip) when ../shared is missing outside CI.
 * In CI the suite runs and fails on the missing folder.
 */
export function skipWithoutShared(): boolean {
  return sharedDir() === undefined && !inCI();
}

/** Programs found on PATH. */
export function onPath(cmd: string): boolean {
  for (const d of (process.env['PATH'] ?? '').split(':')) if (d && existsSync(join(d, cmd))) return true;
  return false;
}

/**
 * A JVM's default charset follows the locale (with LANG unset: US-ASCII, which turns a BOM or any
 * Latin-1 byte into '?' in what ZooKeeper prints): every JVM the tests start gets these, so its
 * verdicts do not depend on the machine's locale.
 */
export const JVM_LOCALE_FLAGS = ['-Dfile.encoding=UTF-8', '-Dsun.stdout.encoding=UTF-8', '-Dsun.stderr.encoding=UTF-8'];
export function jvmEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
}
