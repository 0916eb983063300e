/** Ensemble library: quorum math, grouping, in-memory nodes, identity, and the CLI (explain, globs, flags). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintEnsemble, lintEnsembles } from '../src/ensemble/lint.js';
import { breakingSets, quorumView, zoneLosses } from '../src/ensemble/quorum.js';
import { buildMembership } from '../src/model/membership.js';
import { buildConfigFile } from '../src/model/config-file.js';
import { sourceFromText } from '../src/load/source.js';
import { globToRegExp } from '../src/ensemble/group.js';

const view = (text: string) => quorumView(buildMembership(buildConfigFile(sourceFromText('x', text)), '3.8', false));
const lines = (ids: number[], role = '') => ids.map((i) => `server.${i}=zk${i}:2888:3888${role};2181`).join('\n');
const FIX = join(import.meta.dirname, '..', 'fixtures', 'ensemble');
const common = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\n';

describe('breaking sets', () => {
  it('majority: 3 voters survive 1, every pair breaks', () => {
    const b = breakingSets(view(lines([1, 2, 3])));
    expect(b.tolerated).toBe(1);
    expect(b.smallest).toEqual([['1', '2'], ['1', '3'], ['2', '3']]);
  });
  it('observers do not count', () => {
    const b = breakingSets(view(`${lines([1, 2, 3])}\n${lines([4, 5], ':observer')}`));
    expect(b.tolerated).toBe(1);
    expect(b.smallest.flat()).not.toContain('4');
  });
  it('hierarchical groups {1,2} {3,4} {5}: 2 failures break it, {1,3} first', () => {
    const b = breakingSets(view(`${lines([1, 2, 3, 4, 5])}\ngroup.1=1:2\ngroup.2=3:4\ngroup.3=5`));
    expect(b.tolerated).toBe(1);
    expect(b.smallest[0]).toEqual(['1', '3']);
    expect(b.smallest).not.toContainEqual(['1', '2']);
  });
  it('weights: a heavy server alone breaks its group', () => {
    const b = breakingSets(view(`${lines([1, 2, 3])}\ngroup.1=1:2:3\nweight.1=3\nweight.2=1\nweight.3=1`));
    expect(b.tolerated).toBe(0);
    expect(b.smallest).toEqual([['1']]);
  });
  it('zones: losing the zone with two of three voters breaks the quorum', () => {
    const v = view(lines([1, 2, 3]));
    const z = zoneLosses(v, new Map([['1', 'a'], ['2', 'a'], ['3', 'b']]), new Map());
    expect(z.map((x) => [x.zone, x.survives])).toEqual([['a', false], ['b', true]]);
  });
});

describe('globs', () => {
  it('match within and across folders', () => {
    expect(globToRegExp('rendered/*/zoo.cfg').test('rendered/zk1/zoo.cfg')).toBe(true);
    expect(globToRegExp('rendered/*/zoo.cfg').test('rendered/a/b/zoo.cfg')).toBe(false);
    expect(globToRegExp('rendered/**/zoo.cfg').test('rendered/a/b/zoo.cfg')).toBe(true);
  });
});

describe('lintEnsemble from memory', () => {
  const cfg = `${common}${lines([1, 2, 3])}\n`;
  it('reports two nodes with one myid, pointing at both', () => {
    const r = lintEnsemble([
      { name: 'a', configText: cfg, myid: 1 },
      { name: 'b', configText: cfg, myid: 1 },
      { name: 'c', configText: cfg, myid: 3 },
    ]);
    const d = r.results.flatMap((x) => x.diagnostics).filter((x) => x.ruleId === 'ensemble-duplicate-myid');
    expect(d).toHaveLength(1);
    expect(d[0]?.related?.length).toBe(1);
    expect(r.ensembles[0]?.nodes.map((n) => n.id)).toEqual(['1', '1', '3']);
  });
  it('takes the id from the line naming the host when there is no myid', () => {
    const r = lintEnsemble([1, 2, 3].map((i) => ({ name: `n${i}`, configText: `${cfg}clientPort=2181\nclientPortAddress=zk${i}\n` })));
    expect(r.ensembles[0]?.nodes.map((n) => [n.id, n.idSource])).toEqual([['1', 'host'], ['2', 'host'], ['3', 'host']]);
    expect(r.results.flatMap((x) => x.diagnostics).filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('hosts option: a given host contradicting myid is reported', () => {
    const r = lintEnsemble(
      [1, 2, 3].map((i) => ({ name: `n${i}`, configText: cfg, myid: i })),
      { hosts: { n1: 'zk2', n2: 'zk1', n3: 'zk3' } },
    );
    const d = r.results.flatMap((x) => x.diagnostics).filter((x) => x.ruleId === 'ensemble-myid-host-mismatch');
    expect(d.map((x) => x.message.slice(0, 14))).toEqual(['n1 runs on zk2', 'n2 runs on zk1']);
  });
});

describe('grouping', () => {
  const dir = (c: string) => join(FIX, c);
  it('configs sharing members form one ensemble; unrelated configs are linted alone', () => {
    const a = ['node1', 'node2', 'node3'].map((n) => join(dir('ensemble-duplicate-myid/quiet-distinct'), n, 'zoo.cfg'));
    const b = ['node1', 'node2', 'node3'].map((n) => join(dir('ensemble-port-clash/quiet-own-ports'), n, 'zoo.cfg'));
    const r = lintEnsembles([...a, ...b]);
    expect(r.ensembles.map((e) => e.nodes.length)).toEqual([3, 3]);
  });
  it('--ensemble forces a grouping', () => {
    const base = dir('ensemble-all-standalone/fires-three-standalone');
    const files = ['node1', 'node2', 'node3'].map((n) => join(base, n, 'zoo.cfg'));
    const r = lintEnsembles(files, { ensembles: { pair: [join(base, 'node1/*.cfg'), join(base, 'node2/*.cfg')] } });
    expect(r.ensembles.map((e) => [e.name, e.nodes.length])).toEqual([['pair', 2], ['node3', 1]]);
  });
  it('a set of only standalone configs is taken as one would-be cluster', () => {
    const base = dir('ensemble-all-standalone/fires-three-standalone');
    const r = lintEnsembles(['node1', 'node2', 'node3'].map((n) => join(base, n, 'zoo.cfg')));
    expect(r.ensembles).toHaveLength(1);
    expect(r.results.flatMap((x) => x.diagnostics).some((d) => d.ruleId === 'ensemble-all-standalone')).toBe(true);
  });
});

describe('CLI', () => {
  const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  it('explain --format json: servers, quorum, survivors, breaking sets, zones', () => {
    const r = run(['explain', '*/zoo.cfg', '--format', 'json', '--zone', 'zk1=a', '--zone', 'zk2=a', '--zone', 'zk3=b'], join(FIX, 'ensemble-fault-tolerance/fires-observers-do-not-count'));
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const e = j.ensembles[0];
    expect(e.servers.map((s: { id: string; role: string }) => `${s.id}:${s.role}`)).toEqual(['1:participant', '2:participant', '3:participant', '4:observer', '5:observer']);
    expect(e.servers[0].files).toHaveLength(5);
    expect(e.quorum).toMatchObject({ kind: 'majority', voters: 3, observers: 2 });
    expect(e.survives).toBe(1);
    expect(e.smallestBreakingSets[0]).toEqual(['1', '2']);
    expect(e.zones).toEqual([{ zone: 'a', hosts: ['zk1', 'zk2'], voters: ['1', '2'], survives: false }, { zone: 'b', hosts: ['zk3'], voters: ['3'], survives: true }]);
  });
  it('explain prints a table', () => {
    const r = run(['explain', 'node1/zoo.cfg', 'node2/zoo.cfg', 'node3/zoo.cfg'], join(FIX, 'ensemble-membership-mismatch/quiet-agree'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/id\s+host\s+quorum:election/);
    expect(r.stdout).toContain('quorum: 2 of 3 voters');
    expect(r.stdout).toContain('survives: 1 failure');
  });
  it('lints a quoted glob as an ensemble and exits 1 on ensemble errors', () => {
    const r = run(['node*/zoo.cfg', '--format', 'json'], join(FIX, 'ensemble-membership-mismatch/fires-split-brain'));
    expect(r.status).toBe(1);
    const ids = JSON.parse(r.stdout).results.flatMap((x: { diagnostics: Array<{ ruleId: string }> }) => x.diagnostics.map((d) => d.ruleId));
    expect(ids).toContain('ensemble-membership-mismatch');
  });
  it('rejects a malformed --zone', () => {
    const r = run(['--zone', 'zk1', 'x'], FIX);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--zone expects a=b');
  });
});
