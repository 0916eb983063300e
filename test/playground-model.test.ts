/**
 * The playground's state and linting, under Node (the page runs the same modules, bundled): its
 * in-memory nodes lint as the library lints the same files on disk, and a permalink decodes to the
 * state it was made from.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/index.js';
import { lintState } from '../playground/src/lint.js';
import { decodeState, encodeState, exampleState, freshMyid, validateState, type PlaygroundState } from '../playground/src/state.js';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLE = join(ROOT, 'examples/missing-myid');
const strip = (d: { ruleId: string; line: number; column: number; severity: string; message: string }) => ({
  ruleId: d.ruleId,
  line: d.line,
  column: d.column,
  severity: d.severity,
  message: d.message,
});

describe('the playground lints as the library does', () => {
  it('the README example: the same findings as on disk with --root and --on-host', () => {
    const page = lintState(exampleState());
    const disk = lintFiles([join(EXAMPLE, 'zoo.cfg')], { root: EXAMPLE, onHost: true, faultTolerance: 4 });
    const expected = disk.results.flatMap((r) => r.diagnostics).map(strip);
    expect(page.nodes[0]!.diagnostics.map(strip)).toEqual(expected);
    expect(expected.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['myid-missing', 'fault-tolerance']);
    expect(page.nodes[0]!.myidPath).toBe('/var/lib/zookeeper/myid');
    expect(page.other).toEqual([]);
  });

  it('each node reads its own myid; a missing data directory is what ZooKeeper will find', () => {
    const cfg = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/srv/zk\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
    const state: PlaygroundState = {
      version: '3.8',
      faultTolerance: null,
      active: 0,
      nodes: [
        { name: 'a', config: cfg, dataDir: true, myid: '1', files: [] },
        { name: 'b', config: cfg, dataDir: true, myid: '2\n', files: [] },
        { name: 'c', config: cfg, dataDir: false, myid: '3', files: [] },
      ],
    };
    const r = lintState(state);
    const rules = (i: number) => r.nodes[i]!.diagnostics.map((d) => d.ruleId);
    expect(rules(0)).not.toContain('myid-missing');
    expect(rules(1)).not.toContain('myid-missing');
    expect(rules(2)).toContain('myid-missing'); // no data directory: ZooKeeper creates it empty, without myid
    expect(r.ensembles).toHaveLength(1);
    expect(r.ensembles[0]!.nodes.map((n) => [n.name, n.id])).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', null],
    ]);
    // A myid that is not a number is read from the node's own data directory too.
    state.nodes[1]!.myid = 'two';
    const invalid = lintState(state).nodes[1]!.diagnostics.find((d) => d.ruleId === 'myid-invalid');
    expect(invalid?.message).toContain('/srv/zk/myid');
    expect(invalid?.message).not.toContain('/nodes/');
  });

  it('a relative dataDir is placed nowhere and says why', () => {
    const state = exampleState();
    state.nodes[0]!.config = state.nodes[0]!.config.replace('dataDir=/var/lib/zookeeper', 'dataDir=data');
    const v = lintState(state).nodes[0]!;
    expect(v.dataDirNote).toMatch(/relative/);
    expect(v.diagnostics.map((d) => d.ruleId)).toContain('relative-data-dir');
  });
});

describe("a node's other files", () => {
  it('hold its dynamicConfigFile: missing, then present, then with a bad line found in it', () => {
    const state = exampleState();
    const n = state.nodes[0]!;
    n.config = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\ndynamicConfigFile=/conf/zoo.cfg.dynamic\n';
    n.myid = '1';
    state.faultTolerance = null;
    const rules = () => lintState(state).nodes[0]!.diagnostics.map((d) => `${d.ruleId}@${d.shownFile}:${d.line}`);
    expect(rules()).toContain('dynamic-file-missing@zoo.cfg:5');
    n.files.push({ path: '/conf/zoo.cfg.dynamic', text: 'server.1=zk1:2888:3888:participant;2181\nserver.2=zk2:2888:3888:participant;2181\nserver.3=zk3:2888:3888:participant;2181\n' });
    expect(rules().filter((r) => r.startsWith('dynamic-file-missing') || /@\/conf/.test(r))).toEqual([]);
    n.files[0]!.text = n.files[0]!.text.replace('server.3=zk3:2888:3888', 'server.3=zk3:2888');
    const bad = lintState(state).nodes[0]!.diagnostics.filter((d) => d.shownFile === '/conf/zoo.cfg.dynamic');
    expect(bad.map((d) => [d.severity, d.line])).toContainEqual(['error', 3]);
  });
});

describe('text typed in the page', () => {
  it('is saved as UTF-8 and read by ZooKeeper as Latin-1, as a zoo.cfg written in an editor is', () => {
    const state = exampleState();
    state.nodes[0]!.config += 'zk.note=café ✓\n';
    const d = lintState(state).nodes[0]!.diagnostics.find((x) => x.ruleId === 'non-ascii-text');
    expect(d?.line).toBe(16);
    expect(d?.message).toContain('caf\u00c3\u00a9 \u00e2\u009c\u0093');
  });
});

describe('permalinks', () => {
  it('round-trip the whole state', async () => {
    const s = exampleState();
    s.nodes.push({ name: 'node2', config: 'tickTime=2000\n# é → ✓\n', dataDir: false, myid: freshMyid(s), files: [{ path: '/conf/zoo.cfg.dynamic', text: 'server.1=zk1:2888:3888\n' }] });
    s.active = 1;
    s.version = '3.4';
    const frag = await encodeState(s);
    expect(frag).toMatch(/^z1\.[A-Za-z0-9_-]+$/);
    expect(await decodeState(`#${frag}`)).toEqual(s);
    expect(frag.length).toBeLessThan(JSON.stringify(s).length);
  });

  it('say plainly what is wrong with a bad one', async () => {
    await expect(decodeState('#x')).rejects.toThrow(/not one the playground made/);
    await expect(decodeState('#z1.AAAA')).rejects.toThrow(/damaged or cut short/);
    await expect(decodeState('#z1.a*b')).rejects.toThrow(/damaged/);
    expect(() => validateState({ ...exampleState(), version: '3.10' })).toThrow(/unknown ZooKeeper version "3.10"/);
    expect(() => validateState({ ...exampleState(), nodes: [] })).toThrow(/between 1 and 16 nodes/);
    const twice = exampleState();
    twice.nodes.push({ ...twice.nodes[0]! });
    expect(() => validateState(twice)).toThrow(/bad or repeated name/);
  });
});
