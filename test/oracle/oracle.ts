/**
 * Test oracle: ask real Apache ZooKeeper (3.8 by default: Debian's `zookeeper` package; 3.4 and
 * 3.9 fetched by scripts/fetch-zookeeper.sh, see versions.ts) whether a server configuration is
 * accepted at startup, and with which exit code / messages.
 *
 * `ZkOracle.java` (3.8, 3.9) and `Zk34Oracle.java` (3.4), next to this file, mirror
 * QuorumPeerMain/ZooKeeperServerMain of their version up to (not including) serving, and share
 * their plain-Java part (batch protocol, log capture, verdict JSON) in `OracleKit.java`; this
 * wrapper compiles the right one with it against the version's jars once into a cache directory and runs
 * ONE JVM for a whole batch of cases. See the Java headers for what is and is not mirrored.
 *
 * ZooKeeper writes into case directories (dataDir/version-2, snapshot.0, epochs, zoo.cfg.bak
 * with reconfigEnabled=true), so every case must be a fresh temporary copy: see `materialise`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { JVM_LOCALE_FLAGS, jvmEnv } from '../support/prereq.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingHint, zkInstall, type ZkInstall } from './versions.js';
import { javaAvailable } from '../support/java.js';

export interface OracleCase {
  /** Case directory: contains `zoo.cfg` (and whatever it references). */
  dir: string;
  /** Extra JVM system properties for this case only (written to `<dir>/jvm.properties`). */
  jvmProps?: Record<string, string>;
}

export interface OracleVerdict {
  /** The case directory, as passed in. */
  id: string;
  /** true = ZooKeeper would have started serving (exit code 0 here). */
  accepted: boolean;
  /**
   * Exit code of QuorumPeerMain: 0 accepted, 1 unexpected exception, 2 invalid config /
   * arguments, 3 data dir, 4 admin server; another positive code if ZooKeeper called
   * ServiceUtils.requestSystemExit (e.g. 10, snapshot failed); -1 = the oracle itself failed
   * (timeout or internal error, see `messages`).
   */
  exitCode: number;
  /** What QuorumPeerMain/ZooKeeperServerMain print on stderr ("" for exit 1). */
  stderr: string;
  /** null when the config failed to parse. */
  mode: 'standalone' | 'quorum' | null;
  /** Message of the thrown exception, then of its cause, cause's cause, ... ("" for null). */
  messages: string[];
  /** Class names along the same cause chain. */
  causeClasses: string[];
  /** Class of the top exception, null when accepted. */
  exception: string | null;
  /** "LEVEL logger: message" for each WARN/ERROR ZooKeeper logged (Debian noise removed). */
  warnings: string[];
  /** Time spent on this case inside the JVM. */
  elapsedMs: number;
}

export interface OracleOptions {
  /** Working directory of the JVM: relative dataDir/dynamicConfigFile paths resolve here. */
  cwd?: string;
  /** hosts(5)-format file passed as -Djdk.net.hosts.file (name resolution without DNS). */
  hostsFile?: string;
  /** Whole-batch timeout (default 60 s + 2 s per case). */
  timeoutMs?: number;
  /** Per-case guard inside the JVM (default 20 s). */
  caseTimeoutMs?: number;
  /** ZooKeeper release line ("3.4", "3.8", "3.9") or exact version ("3.9.3"); default "3.8". */
  zk?: string;
}

/** 3.8's classpath (kept for callers that print it). */
export const ZOOKEEPER_JARS = ['/usr/share/java/zookeeper.jar', '/usr/share/java/slf4j-log4j12.jar', '/usr/share/java/log4j-1.2.jar'] as const;
export const INSTALL_HINT = missingHint('3.8');

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..');

const hasTools = javaAvailable;

/** The plain-Java part every harness shares (batch protocol, log capture, verdict JSON); compiled with each. */
export const ORACLE_KIT_JAVA = join(HERE, 'OracleKit.java');

/** true when the jars of that version (default 3.8), `java` and `javac` are all present. */
export function zookeeperAvailable(zk = '3.8'): boolean {
  return zkInstall(zk) !== undefined && hasTools();
}

const compiled = new Map<string, string>();

/**
 * Compile the version's harness and OracleKit.java once into node_modules/.cache/zklint-oracle/<hash>
 * (the hash covers both sources and the classpath); returns the classes dir.
 */
export function compileOracle(install: ZkInstall | undefined = zkInstall('3.8')): string {
  if (!install || !hasTools()) throw new Error(INSTALL_HINT);
  const key = install.classpath.join(':');
  const done = compiled.get(key);
  if (done !== undefined) return done;
  const javaSources = [join(HERE, install.source), ORACLE_KIT_JAVA];
  const hasher = createHash('sha256');
  for (const f of javaSources) hasher.update(readFileSync(f));
  const hash = hasher.update(key).digest('hex').slice(0, 16);
  const cacheRoot = join(REPO_ROOT, 'node_modules', '.cache', 'zklint-oracle');
  const target = join(cacheRoot, hash);
  const marker = join(target, ...install.mainClass.split('.')) + '.class';
  if (!existsSync(marker)) {
    mkdirSync(cacheRoot, { recursive: true });
    // Compile into a private dir, then rename: safe when several test workers race.
    const work = mkdtempSync(join(cacheRoot, `${hash}.tmp-`));
    try {
      // -sourcepath: the 3.4 jar also holds .java sources, which javac would otherwise compile.
      execFileSync('javac', ['-nowarn', '-encoding', 'UTF-8', '-sourcepath', work, '-d', work, '-cp', key, ...javaSources], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        renameSync(work, target);
      } catch (e) {
        if (!existsSync(marker)) throw e; // somebody else won the race: fine
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  compiled.set(key, target);
  return target;
}

/** Escape a key or value for java.util.Properties.load (ASCII output). */
function propEscape(s: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\f') out += '\\f';
    else if (ch === '=' || ch === ':' || ch === '#' || ch === '!') out += `\\${ch}`;
    else if (ch === ' ' && (isKey || i === 0)) out += '\\ ';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/**
 * Run the oracle on a batch of cases in ONE JVM; verdicts come back in case order.
 * Case dirs should be absolute (they are resolved against `opts.cwd` otherwise).
 */
export async function runOracle(cases: OracleCase[], opts: OracleOptions = {}): Promise<OracleVerdict[]> {
  if (cases.length === 0) return [];
  const zk = opts.zk ?? '3.8';
  const install = zkInstall(zk);
  if (!install) throw new Error(missingHint(zk));
  const classes = compileOracle(install);
  const cwd = resolve(opts.cwd ?? process.cwd());
  const dirs = cases.map((c) => resolve(cwd, c.dir));
  cases.forEach((c, i) => {
    if (c.jvmProps && Object.keys(c.jvmProps).length > 0) {
      const text = Object.entries(c.jvmProps)
        .map(([k, v]) => `${propEscape(k, true)}=${propEscape(v, false)}\n`)
        .join('');
      writeFileSync(join(dirs[i]!, 'jvm.properties'), text);
    }
  });

  const io = mkdtempSync(join(tmpdir(), 'zklint-oracle-io-'));
  const outFile = join(io, 'verdicts.jsonl');
  const args = [
    ...JVM_LOCALE_FLAGS,
    '-Xshare:auto',
    '-XX:TieredStopAtLevel=1', // short-lived JVM: C1 only starts faster
    ...(opts.hostsFile ? [`-Djdk.net.hosts.file=${resolve(opts.hostsFile)}`] : []),
    '-cp',
    [classes, ...install.classpath].join(':'),
    install.mainClass,
    '--out',
    outFile,
    '--timeout-ms',
    String(opts.caseTimeoutMs ?? 20_000),
  ];
  const timeoutMs = opts.timeoutMs ?? 60_000 + 2_000 * cases.length;

  try {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((res, rej) => {
      const child = spawn('java', args, { cwd, env: jvmEnv(), stdio: ['pipe', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d: string) => {
        if (err.length < 64_000) err += d;
      });
      const timer = setTimeout(() => {
        child.kill('SIGKILL'); // only the JVM we started
        rej(new Error(`ZooKeeper ${install.version} oracle JVM timed out after ${timeoutMs} ms\n${err}`));
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        rej(e);
      });
      child.on('close', (c) => {
        clearTimeout(timer);
        res({ code: c, stderr: err });
      });
      child.stdin.end(dirs.join('\n') + '\n');
    });
    const text = existsSync(outFile) ? readFileSync(outFile, 'ascii') : '';
    const verdicts = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as OracleVerdict);
    if (code !== 0 || verdicts.length !== cases.length) {
      throw new Error(
        `ZooKeeper ${install.version} oracle JVM exited with ${String(code)} after ${verdicts.length}/${cases.length} verdicts\n${stderr}`,
      );
    }
    // Report ids as the caller spelled them.
    return verdicts.map((v, i) => ({ ...v, id: cases[i]!.dir }));
  } finally {
    rmSync(io, { recursive: true, force: true });
  }
}

/**
 * Write a case directory tree under `root` (created if needed) and return `root`.
 * Keys are relative paths; a key ending in "/" makes an (empty) directory.
 * Use a fresh directory per case: ZooKeeper writes into it.
 */
export function materialise(root: string, files: Record<string, string | Buffer>): string {
  mkdirSync(root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    if (rel.endsWith('/')) {
      mkdirSync(path, { recursive: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}
