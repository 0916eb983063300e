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
/** Lines that name other servers or their files: meaningless for a quorum of one (it gets its own server line). */
const MEMBERSHIP_LINE = /^\s*(dataDir|standaloneEnabled|clientPort|dynamicConfigFile|peerType|group\.\d+|weight\.\d+)\s*[=:\s]/;
/** Fixed ports a config may name; a valid one is moved into the run's own block, so that no other process holds it. */
const PORT_LINE = /^(\s*)(secureClientPort|metricsProvider\.httpPort|admin\.serverPort)(\s*[=:\s]\s*)(\d{1,5})\s*$/;

/**
 * Whether real ZooKeeper logs `says` in a WARN or ERROR line when it serves `config` (a zoo.cfg of
 * an ensemble) as a quorum of one voter: its server lines (and group, weight, peerType and
 * dynamicConfigFile lines) are replaced by one, the first one's id on a loopback address
 * (standaloneEnabled=false), so that it serves at once as its own leader; what it logs then is
 * what each server of the ensemble logs once it serves. Valid fixed ports move into the run's own
 * block; the AdminServer stays off unless the config sets an admin.* key (then on a port of the
 * block unless the config names one). Waits for the words up to `timeoutMs`, or until the JVM exits.
 */
export async function oneVoterLogs(
  root: string,
  config: string,
  says: string,
  how: { classpath: string; flags: readonly string[]; timeoutMs?: number },
): Promise<{ logged: boolean; warnings: string; exited: boolean }> {
  const lines = config.split(/\r?\n/);
  const id = lines.map((l) => SERVER_LINE.exec(l)?.[1]).find((x) => x !== undefined) ?? '1';
  const base = portBlock();
  const ip = `127.0.0.${150 + (Math.floor(base / 10) % 50)}`;
  let next = base + 3;
  const rest = lines
    .filter((l) => !SERVER_LINE.test(l) && !MEMBERSHIP_LINE.test(l))
    .map((l) => {
      const m = PORT_LINE.exec(l);
      return m && Number(m[4]) >= 1 && Number(m[4]) <= 65535 ? `${m[1]}${m[2]}${m[3]}${next++}` : l;
    });
  const adminOn = /^\s*admin\./m.test(config);
  if (adminOn && !/^\s*admin\.serverPort\s*[=:\s]/m.test(config)) rest.push(`admin.serverPort=${next++}`);
  const text = [...rest, 'standaloneEnabled=false', `server.${id}=${ip}:${base + 1}:${base + 2};${ip}:${base}`].join('\n');
  const node = writeNode(join(root, `one-voter-${base}`), { name: 'node', ip, myid: id, config: text }, base);
  start(node, { classpath: how.classpath, flags: [...(adminOn ? [] : ['-Dzookeeper.admin.enableServer=false']), ...how.flags] });
  const proc = node.proc;
  try {
    const log = join(node.dir, 'zk.log');
    const deadline = Date.now() + (how.timeoutMs ?? 40_000);
    // The WARN and ERROR events, each with the stack trace lines that follow it (an exception's
    // message is on its own line there): an event starts with the layout's date.
    const warned = (t: string) =>
      t
        .split(/\n(?=\d{4}-\d\d-\d\d )/)
        .filter((event) => /^\S+ \S+ (WARN|ERROR) /.test(event));
    let got: string[] = [];
    let exited = false;
    for (;;) {
      exited = proc?.exitCode !== null || proc?.signalCode !== null;
      got = warned(existsSync(log) ? readFileSync(log, 'latin1') : '');
      if (got.some((l) => l.includes(says)) || exited || Date.now() >= deadline) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    return { logged: got.some((l) => l.includes(says)), warnings: got.slice(-8).map((e) => e.split('\n').slice(0, 3).join('\n')).join('\n'), exited };
  } finally {
    await stop(node);
  }
}
