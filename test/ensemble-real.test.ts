/**
 * Proof on real servers: zklint's ensemble claims against real ZooKeeper 3.8 ensembles of 3 and 5
 * JVMs on loopback (127.0.0.10N, unusual ports). No error ⇒ a quorum forms; a claimed split brain
 * shows two leaders; a duplicate myid leaves a node that never joins; stopping the smallest
 * breaking set zklint names loses the quorum, stopping one server fewer keeps it; two servers
 * given one host and port: the second to start logs the words port-conflict claims (the one
 * warning claim a single server's start cannot show, so test/differential.test.ts leaves it here).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutZooKeeper } from './support/prereq.js';
import { lintEnsembles } from '../src/index.js';
import { breakingSets } from '../src/ensemble/quorum.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { modes, serving, start, stop, stopAll, waitForModes, writeNode, portBlock, type NodeSpec, type RealNode } from './support/real-ensemble.js';

const ZK_JAR = '/usr/share/java/zookeeper.jar';
const JVM_FLAGS = ['-Dzookeeper.admin.enableServer=false'];
const QUORUM_TIMEOUT = 60_000;

let root: string;
let live: RealNode[] = [];

const NO_ZK = skipWithoutZooKeeper();

beforeAll(() => {
  if (NO_ZK) return;
  if (!existsSync(ZK_JAR)) throw new Error('real ZooKeeper is needed: apt-get install -y zookeeper');
  root = mkdtempSync(join(tmpdir(), 'zklint-ens-'));
});
afterEach(async () => {
  await stopAll(live);
  live = [];
});
afterAll(async () => {
  await stopAll(live);
  if (root) rmSync(root, { recursive: true, force: true });
});

const ip = (id: number) => `127.0.0.${100 + id}`;

function serverLines(ids: number[], base: number): string {
  return ids.map((i) => `server.${i}=${ip(i)}:${base + 1}:${base + 2};${ip(i)}:${base}`).join('\n');
}

const COMMON = 'tickTime=500\ninitLimit=10\nsyncLimit=4\n';

function build(name: string, specs: NodeSpec[], base: number): RealNode[] {
  const dir = join(root, name);
  return specs.map((s) => writeNode(dir, s, base));
}

function lint(nodes: RealNode[]): { diags: Diagnostic[]; result: ReturnType<typeof lintEnsembles> } {
  const result = lintEnsembles(
    nodes.map((n) => n.cfg),
    { onHost: true, jvmFlags: JVM_FLAGS },
  );
  return { diags: result.results.flatMap((r) => r.diagnostics), result };
}

const errors = (d: Diagnostic[]) => d.filter((x) => x.severity === 'error');
const startAll = (nodes: RealNode[]) => {
  live.push(...nodes);
  for (const n of nodes) start(n);
};
const oneLeader = (m: string[]) => m.filter((x) => x === 'leader').length === 1;

/** Builds, lints (expecting no error), starts, and checks the quorum; then stops zklint's breaking set step by step. */
async function proveBreakingSet(name: string, ids: number[], extra: string): Promise<void> {
  const base = portBlock();
  const cfg = `${COMMON}${serverLines(ids, base)}\n${extra}`;
  const nodes = build(name, ids.map((i) => ({ name: `node${i}`, ip: ip(i), myid: String(i), config: cfg })), base);
  const { diags, result } = lint(nodes);
  expect(errors(diags), JSON.stringify(errors(diags), null, 1)).toEqual([]);
  expect(result.ensembles).toHaveLength(1);

  startAll(nodes);
  const formed = await waitForModes(nodes, (m) => m.every(serving) && oneLeader(m), QUORUM_TIMEOUT);
  expect(formed.every(serving) && oneLeader(formed), `no quorum: ${formed.join(', ')}`).toBe(true);

  const q = result.ensembles[0]?.quorum;
  expect(q).toBeDefined();
  const set = breakingSets(q!).smallest[0] as string[];
  const byId = new Map(ids.map((i, k) => [String(i), nodes[k] as RealNode]));
  const lostFirst = set.slice(0, -1).map((i) => byId.get(i) as RealNode);
  const last = byId.get(set[set.length - 1] as string) as RealNode;

  // One server fewer than the breaking set: the quorum holds.
  for (const n of lostFirst) await stop(n);
  let rest = nodes.filter((n) => !lostFirst.includes(n));
  const held = await waitForModes(rest, (m) => m.every(serving) && oneLeader(m), QUORUM_TIMEOUT);
  expect(held.every(serving) && oneLeader(held), `after stopping ${lostFirst.map((n) => n.name).join(', ') || 'nothing'}: ${held.join(', ')}`).toBe(true);

  // The whole breaking set: the quorum is lost, nobody serves.
  await stop(last);
  rest = rest.filter((n) => n !== last);
  const lost = await waitForModes(rest, (m) => m.every((x) => !serving(x)), QUORUM_TIMEOUT);
  expect(lost.every((x) => !serving(x)), `after stopping {${set.join(', ')}}: ${lost.join(', ')}`).toBe(true);
}

describe.skipIf(NO_ZK)('ensemble claims hold on real ZooKeeper 3.8 ensembles', () => {
  it('3 nodes: no error ⇒ a quorum forms; losing the breaking set zklint names loses it, one fewer keeps it', async () => {
    await proveBreakingSet('three', [1, 2, 3], '');
  }, 200_000);

  it('5 nodes with groups {1,2} {3,4} {5}: zklint says 2 failures break it (a plain 5-node majority would survive them)', async () => {
    const groups = 'group.1=1:2\ngroup.2=3:4\ngroup.3=5\n';
    await proveBreakingSet('groups', [1, 2, 3, 4, 5], groups);
  }, 200_000);

  it('membership disagreement zklint calls a split brain: two leaders at once', async () => {
    const base = portBlock();
    const left = `${COMMON}${serverLines([1, 2, 3], base)}\n`;
    const right = `${COMMON}${serverLines([3, 4, 5], base)}\n`;
    const nodes = build(
      'split',
      [1, 2, 3, 4, 5].map((i) => ({ name: `node${i}`, ip: ip(i), myid: String(i), config: i <= 2 ? left : right })),
      base,
    );
    const { diags, result } = lint(nodes);
    expect(result.ensembles).toHaveLength(1);
    const mismatch = errors(diags).filter((d) => d.ruleId === 'ensemble-membership-mismatch');
    expect(mismatch.length).toBeGreaterThan(0);
    expect(mismatch.some((d) => d.message.includes('split brain'))).toBe(true);

    startAll(nodes);
    const m = await waitForModes(nodes, (x) => x.filter((y) => y === 'leader').length === 2 && x.every(serving), QUORUM_TIMEOUT);
    expect(m.filter((y) => y === 'leader').length, m.join(', ')).toBe(2);
  }, 200_000);

  it('two servers on one host and port (port-conflict): the second to start logs "Address already in use"', async () => {
    const base = portBlock();
    // server.3 is given server.2's host and ports: started on its own loopback address, it binds server.2's.
    const lines = [
      `server.1=${ip(1)}:${base + 1}:${base + 2};${ip(1)}:${base}`,
      `server.2=${ip(2)}:${base + 1}:${base + 2};${ip(2)}:${base}`,
      `server.3=${ip(2)}:${base + 1}:${base + 2};${ip(3)}:${base}`,
    ].join('\n');
    const nodes = build('ports', [1, 2, 3].map((i) => ({ name: `node${i}`, ip: ip(i), myid: String(i), config: `${COMMON}${lines}\n` })), base);
    const { diags } = lint(nodes);
    const conflict = diags.filter((d) => d.ruleId === 'port-conflict');
    expect(conflict.length, JSON.stringify(diags.map((d) => d.ruleId))).toBeGreaterThan(0);
    const says = conflict[0]?.zookeeper?.says as string;
    expect(says).toBe('Address already in use');
    // Across the nodes it is ensemble-port-clash's error: "whichever starts second fails ... never joins".
    expect(errors(diags).length).toBeGreaterThan(0);
    expect(new Set(errors(diags).map((d) => d.ruleId))).toEqual(new Set(['ensemble-port-clash']));

    const [n1, n2, n3] = nodes as [RealNode, RealNode, RealNode];
    startAll([n1, n2]);
    const m = await waitForModes([n1, n2], (x) => x.every(serving) && oneLeader(x), QUORUM_TIMEOUT);
    expect(m.every(serving), m.join(', ')).toBe(true);
    startAll([n3]);
    const log = join(n3.dir, 'zk.log');
    const deadline = Date.now() + 30_000;
    let text = '';
    while (Date.now() < deadline && !text.includes(says)) {
      await new Promise((r) => setTimeout(r, 500));
      text = existsSync(log) ? readFileSync(log, 'latin1') : '';
    }
    expect(text.includes(says), `node3's log has no "${says}":\n${text.slice(-2000)}`).toBe(true);
    // ...and does not stay: after its election port's bind retries (3, a second apart) it exits
    // (UNABLE_TO_BIND_QUORUM_PORT), while the two started first keep their quorum.
    const proc = n3.proc!;
    const code = proc.exitCode ?? (await Promise.race([new Promise<number | null>((r) => proc.once('exit', (c) => r(c))), new Promise<'running'>((r) => setTimeout(() => r('running'), 30_000))]));
    expect(code, 'node3 still running 30 s after its bind failed').not.toBe('running');
    expect(code).not.toBe(0);
    expect((await modes([n1, n2])).every(serving)).toBe(true);
  }, 200_000);

  it('duplicate myid zklint reports: that node never joins while the others form the quorum', async () => {
    const base = portBlock();
    const cfg = `${COMMON}${serverLines([1, 2, 3], base)}\n`;
    const nodes = build('dup', [1, 2, 3].map((i) => ({ name: `node${i}`, ip: ip(i), myid: i === 2 ? '1' : String(i), config: cfg })), base);
    const { diags } = lint(nodes);
    expect(errors(diags).map((d) => d.ruleId)).toContain('ensemble-duplicate-myid');

    startAll(nodes);
    const [n1, n2, n3] = nodes as [RealNode, RealNode, RealNode];
    const m = await waitForModes([n1, n3], (x) => x.every(serving) && oneLeader(x), QUORUM_TIMEOUT);
    expect(m.every(serving), m.join(', ')).toBe(true);
    // node2 (myid 1 on 127.0.0.102) never serves as server.2: nothing answers on its address.
    const again = await waitForModes([n2], (x) => serving(x[0]!), 5_000);
    expect(again[0]).not.toBe('leader');
    expect(serving(again[0]!)).toBe(false);
    expect((await modes([n1, n3])).every(serving)).toBe(true);
  }, 200_000);
});
