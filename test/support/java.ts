/**
 * Test helper: compile a Java oracle from test/java once (cached by a hash of its
 * source and classpath under node_modules/.cache/zklint-java/) and run it.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { inCI, JVM_LOCALE_FLAGS, jvmEnv } from './prereq.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const javaDir = join(repoRoot, 'test', 'java');
const cacheRoot = join(repoRoot, 'node_modules', '.cache', 'zklint-java');

let available: boolean | undefined;
/** True when both `java` and `javac` can be run. */
export function javaAvailable(): boolean {
  if (available === undefined) {
    const ok = (cmd: string): boolean => spawnSync(cmd, ['-version'], { stdio: 'ignore' }).status === 0;
    available = ok('java') && ok('javac');
  }
  return available;
}

/** For `describe.skipIf(skipWithoutJava())`: true (skip) when there is no JDK outside CI (prereq.ts says so once). */
export function skipWithoutJava(): boolean {
  return !javaAvailable() && !inCI();
}

/**
 * Compile `sourceFile` (absolute, or relative to test/java) with javac unless a
 * cached build of the same source exists; returns the class directory.
 */
export function compileJava(sourceFile: string, classpath: string[] = []): string {
  const src = resolve(javaDir, sourceFile);
  const hash = createHash('sha256')
    .update(readFileSync(src))
    .update('\0' + classpath.join('\0'))
    .digest('hex')
    .slice(0, 16);
  const classDir = join(cacheRoot, `${basename(src, '.java')}-${hash}`);
  if (existsSync(join(classDir, '.ok'))) return classDir;

  mkdirSync(cacheRoot, { recursive: true });
  // Build in a private dir then rename, so parallel test workers never see half a build.
  const tmp = mkdtempSync(join(cacheRoot, 'tmp-'));
  const args = ['-encoding', 'UTF-8', '-d', tmp];
  if (classpath.length > 0) args.push('-cp', classpath.join(delimiter));
  args.push(src);
  const r = spawnSync('javac', args, { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`javac ${src} failed (${r.status ?? r.signal}):\n${r.stderr}${r.error ?? ''}`);
  }
  writeFileSync(join(tmp, '.ok'), '');
  try {
    renameSync(tmp, classDir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker won the race
    if (!existsSync(join(classDir, '.ok'))) throw new Error(`could not install ${classDir}`);
  }
  return classDir;
}

export interface RunJavaOptions {
  classpath?: string[];
  input?: string | Buffer;
  cwd?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Run `mainClass` from `classDir`; returns stdout, throws with stderr on a non-zero exit. */
export function runJava(classDir: string, mainClass: string, args: string[], opts: RunJavaOptions = {}): string {
  const cp = [classDir, ...(opts.classpath ?? [])].join(delimiter);
  const spawnOpts: SpawnSyncOptions = {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: opts.timeoutMs ?? 120_000,
    cwd: opts.cwd,
    env: jvmEnv(opts.env ?? process.env),
    input: opts.input,
  };
  const r = spawnSync('java', [...JVM_LOCALE_FLAGS, '-Xshare:auto', '-XX:TieredStopAtLevel=1', '-cp', cp, mainClass, ...args], spawnOpts);
  if (r.status !== 0) {
    throw new Error(`java ${mainClass} failed (${r.status ?? r.signal}):\n${String(r.stderr)}${r.error ?? ''}`);
  }
  return String(r.stdout);
}
