/**
 * Real ZooKeeper 3.8 ensembles on loopback for tests: one JVM per node (QuorumPeerMain), each on
 * its own 127.0.0.N address, asked `srvr` for its mode. Every JVM is tracked by PID and killed on
 * stop, on test failure (callers' afterEach/afterAll) and when the test process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { JVM_LOCALE_FLAGS, jvmEnv } from './prereq.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';

export const CLASSPATH = ['/usr/share/java/zookeeper.jar', '/usr/share/java/slf4j-log4j12.jar', '/usr/share/java/log4j-1.2.jar'].join(':');

const running = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const p of running) {
    if (p.pid !== undefined && p.exitCode === null) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  running.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      killAll();
      process.kill(process.pid, sig);
    });
  }
}

export interface RealNode {
  /** Folder name, e.g. node1. */
  name: string;
  dir: string;
  cfg: string;
  ip: string;
  clientPort: number;
  proc?: ChildProcess;
}

export interface NodeSpec {
  name: string;
  ip: string;
  myid: string;
  /** zoo.cfg text without dataDir (added here, absolute). */
  config: string;
}

export function writeNode(root: string, spec: NodeSpec, clientPort: number): RealNode {
  const dir = join(root, spec.name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'myid'), `${spec.myid}\n`);
  const cfg = join(dir, 'zoo.cfg');
  writeFileSync(cfg, `${spec.config.trimEnd()}\ndataDir=${join(dir, 'data')}\n`);
  writeFileSync(
    join(dir, 'log4j.properties'),
    [
      'log4j.rootLogger=INFO, F',
      'log4j.appender.F=org.apache.log4j.FileAppender',
      `log4j.appender.F.File=${join(dir, 'zk.log')}`,
      'log4j.appender.F.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.F.layout.ConversionPattern=%d %p [%t] %c{1}: %m%n',
    ].join('\n'),
  );
  return { name: spec.name, dir, cfg, ip: spec.ip, clientPort };
}

/**
 * Starts the node's JVM. `classpath` (default: Debian's 3.8) picks the release; `flags` (default:
 * the AdminServer off, so that nodes never race for its port) are the server's -D flags.
 */
export function start(node: RealNode, how: { classpath?: string; flags?: readonly string[] } = {}): void {
  hookExit();
  const proc = spawn(
    'java',
    [
      ...JVM_LOCALE_FLAGS,
      '-Xmx96m',
      '-Xshare:auto',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-cp',
      how.classpath ?? CLASSPATH,
      ...(how.flags ?? ['-Dzookeeper.admin.enableServer=false']),
      `-Dlog4j.configuration=file:${join(node.dir, 'log4j.properties')}`,
      'org.apache.zookeeper.server.quorum.QuorumPeerMain',
      node.cfg,
    ],
    { cwd: node.dir, env: jvmEnv(), stdio: 'ignore' },
  );
  running.add(proc);
  proc.on('exit', () => running.delete(proc));
  node.proc = proc;
}

export async function stop(node: RealNode): Promise<void> {
  const p = node.proc;
  if (!p || p.pid === undefined) return;
  if (p.exitCode === null && p.signalCode === null) {
    const gone = new Promise<void>((r) => p.once('exit', () => r()));
    process.kill(p.pid, 'SIGKILL');
    await gone;
  }
  running.delete(p);
}

export async function stopAll(nodes: readonly RealNode[]): Promise<void> {
  await Promise.all(nodes.map(stop));
}

export type Mode = 'leader' | 'follower' | 'observer' | 'standalone' | 'not-serving' | 'down';

/** Asks a node `srvr`: its Mode once it serves, 'not-serving' while it has no quorum, 'down' when nothing answers. */
export function mode(node: RealNode, timeoutMs = 1500): Promise<Mode> {
  return new Promise((resolve) => {
    let data = '';
    let done = false;
    const finish = (m: Mode) => {
      if (done) return;
      done = true;
      sock.destroy();
      resolve(m);
    };
    const sock = net.connect({ host: node.ip, port: node.clientPort }, () => sock.write('srvr'));
    sock.setTimeout(timeoutMs, () => finish(data ? 'not-serving' : 'down'));
    sock.on('data', (b) => (data += b.toString('utf8')));
    sock.on('error', () => finish('down'));
    sock.on('close', () => {
      const m = /Mode: (\w+)/.exec(data);
      finish(m ? (m[1] as Mode) : data ? 'not-serving' : 'down');
    });
  });
}

export async function modes(nodes: readonly RealNode[]): Promise<Mode[]> {
  return Promise.all(nodes.map((n) => mode(n)));
}

/** Polls until `pred` holds for the nodes' modes; returns the last modes seen (check them). */
export async function waitForModes(nodes: readonly RealNode[], pred: (m: Mode[]) => boolean, timeoutMs: number): Promise<Mode[]> {
  const until = Date.now() + timeoutMs;
  let last = await modes(nodes);
  while (!pred(last) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 400));
    last = await modes(nodes);
  }
  return last;
}

export const serving = (m: Mode) => m === 'leader' || m === 'follower' || m === 'observer';

/** A random block of ports in 22000–29000 so parallel runs on one machine rarely collide. */
export function portBlock(): number {
  return 22000 + 10 * Math.floor(Math.random() * 700);
}

const SERVER_LINE = /^\s*server\.(\d+)\s*[=:\s]/;

/**
 * Whether real ZooKeeper logs `says` when it serves `config` (a zoo.cfg of an ensemble) as a quorum
 * of one voter: its server lines are replaced by one, the first one's id on a loopback address
 * (standaloneEnabled=false), so that it serves at once as its own leader; what it logs then is what
 * each server of the ensemble logs once it serves. The AdminServer stays off unless the config sets
 * an admin.* key. Waits for the words up to `timeoutMs`; returns the log's last warnings otherwise.
 */
export async function oneVoterLogs(
  root: string,
  config: string,
  says: string,
  how: { classpath: string; flags: readonly string[]; timeoutMs?: number },
): Promise<{ logged: boolean; warnings: string }> {
  const lines = config.split(/\r?\n/);
  const id = lines.map((l) => SERVER_LINE.exec(l)?.[1]).find((x) => x !== undefined) ?? '1';
  const base = portBlock();
  const ip = `127.0.0.${150 + (base % 50)}`;
  const rest = lines.filter((l) => !SERVER_LINE.test(l) && !/^\s*(dataDir|standaloneEnabled|clientPort)\s*[=:\s]/.test(l));
  const text = [...rest, 'standaloneEnabled=false', `server.${id}=${ip}:${base + 1}:${base + 2};${ip}:${base}`].join('\n');
  const node = writeNode(join(root, `one-voter-${base}`), { name: 'node', ip, myid: id, config: text }, base);
  const admin = /^\s*admin\./m.test(config) ? [] : ['-Dzookeeper.admin.enableServer=false'];
  start(node, { classpath: how.classpath, flags: [...admin, ...how.flags] });
  try {
    const log = join(node.dir, 'zk.log');
    const deadline = Date.now() + (how.timeoutMs ?? 40_000);
    let got = '';
    while (Date.now() < deadline && !got.includes(says)) {
      await new Promise((r) => setTimeout(r, 300));
      got = existsSync(log) ? readFileSync(log, 'latin1') : '';
    }
    const warnings = got.split('\n').filter((l) => / (WARN|ERROR) /.test(l)).slice(-15).join('\n');
    return { logged: got.includes(says), warnings };
  } finally {
    await stop(node);
  }
}
