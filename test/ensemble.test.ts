/** Ensemble library: quorum math, grouping, in-memory nodes, identity, rule settings, baselines, and the CLI (explain, globs, flags, linter config). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensembleRules } from '../rules/index.js';
import { describe, expect, it } from 'vitest';
import { lintEnsemble, lintEnsembles, type EnsembleLintOptions } from '../src/index.js';
import { applyBaseline, makeBaseline } from '../src/baseline.js';
import type { LintResult } from '../src/diagnostic.js';
import type { FormatContext } from '../src/format/types.js';
import type { RuleSetting } from '../src/rule.js';
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
  it('a split brain is one finding on the smaller side, naming both lists, with every other node related', () => {
    const left = `${common}${lines([1, 2, 3])}\n`;
    const right = `${common}${lines([3, 4, 5])}\n`;
    const r = lintEnsemble([1, 2, 3, 4, 5].map((i) => ({ name: `n${i}`, configText: i <= 2 ? left : right, myid: i })));
    const d = r.results.flatMap((x) => x.diagnostics).filter((x) => x.ruleId === 'ensemble-membership-mismatch');
    expect(d).toHaveLength(1);
    expect(d[0]?.file).toBe('n1');
    expect(d[0]?.message).toContain('split brain');
    expect(d[0]?.message).toContain('n1, n2 list server.1, server.2, server.3');
    expect(d[0]?.message).toContain('n3, n4, n5 list server.3, server.4, server.5');
    expect(d[0]?.related?.map((x) => x.file)).toEqual(['n2', 'n3', 'n4', 'n5']);
  });
  it('a simple disagreement (no split) keeps one finding per disagreeing server', () => {
    const full = `${common}${lines([1, 2, 3])}\n`;
    const short = `${common}${lines([1])}\nserver.3=zk3:2889:3889;2181\n`;
    const r = lintEnsemble([1, 2, 3].map((i) => ({ name: `n${i}`, configText: i === 3 ? short : full, myid: i })));
    const d = r.results.flatMap((x) => x.diagnostics).filter((x) => x.ruleId === 'ensemble-membership-mismatch');
    expect(d.map((x) => x.message.slice(0, 31))).toEqual(['Nodes disagree on server.2. n3 ', 'Nodes disagree on server.3. ser']);
    expect(d.every((x) => !x.message.includes('split brain'))).toBe(true);
  });
});

describe('zones keyed by server id or host', () => {
  const cfg = `${common}${lines([1, 2, 3])}\n`;
  const zoneWarnings = (zones: Record<string, string>) =>
    lintEnsemble([1, 2, 3].map((i) => ({ name: `n${i}`, configText: cfg, myid: i })), { zones })
      .results.flatMap((x) => x.diagnostics)
      .filter((d) => d.ruleId === 'ensemble-fault-tolerance')
      .map((d) => d.message.slice(0, d.message.indexOf(')') + 1));
  it('a mix of id and host keys places every server', () => {
    expect(zoneWarnings({ zk1: 'a', '2': 'a', '3': 'b' })).toEqual(['Losing zone a (zk1, zk2: server.1, server.2)']);
    expect(zoneWarnings({ '1': 'a', '2': 'a', zk3: 'b' })).toEqual(['Losing zone a (zk1, zk2: server.1, server.2)']);
  });
  it('an id key wins over a host key for the same server', () => {
    expect(zoneWarnings({ zk1: 'b', '1': 'a', '2': 'a', zk3: 'b' })).toEqual(['Losing zone a (zk1, zk2: server.1, server.2)']);
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
  it('ensembles globs are picomatch globs: {a,b}, [ab] and a later ! work', () => {
    const base = dir('ensemble-all-standalone/fires-three-standalone');
    const files = ['node1', 'node2', 'node3'].map((n) => join(base, n, 'zoo.cfg'));
    const groups = (globs: string[]) => lintEnsembles(files, { ensembles: { pair: globs } }).ensembles.map((e) => [e.name, e.nodes.length]);
    expect(groups([join(base, '{node1,node2}/zoo.cfg')])).toEqual([['pair', 2], ['node3', 1]]);
    expect(groups([join(base, 'node[13]/zoo.cfg')])).toEqual([['pair', 2], ['node2', 1]]);
    expect(groups([join(base, '*/zoo.cfg'), `!${join(base, 'node3/**')}`])).toEqual([['pair', 2], ['node3', 1]]);
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
  it("the README's Ensembles section: its explain example is real output, and it lists every ensemble rule", () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Ensembles'), readme.indexOf('## How it is checked'));
    expect(section.length).toBeGreaterThan(0);
    const m = /```console\n\$ zklint (explain [^\n]*) node\*\/zoo\.cfg\n([\s\S]*?)```/.exec(section);
    expect(m, 'an explain example').not.toBeNull();
    const args = (m?.[1] ?? '').split(' ');
    const r = run([...args, 'node1/zoo.cfg', 'node2/zoo.cfg', 'node3/zoo.cfg'], join(FIX, 'ensemble-fault-tolerance/fires-zone-loss'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd()).toBe(m?.[2]?.trimEnd());
    // Container rules (containers-*) are listed in the README's containers section instead.
    for (const rule of ensembleRules.filter((r) => !r.id.startsWith('containers-'))) expect(section).toContain(`[\`${rule.id}\`](rules/${rule.id}.md)`);
    for (const flag of ['--ensemble NAME=glob', '--zone host=zone', '--host node=host', 'lintEnsemble(']) expect(section).toContain(flag);
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

describe('rule settings and baselines on ensemble results', () => {
  // Three nodes on one host, all on clientPort 2181: ensemble-port-clash errors on n2 and n3.
  // (`extra` goes below line 1; whole-file findings at 1:1 are fingerprinted without line text anyway.)
  const node = (i: number, extra = '') =>
    `tickTime=2000\n${extra}initLimit=10\nsyncLimit=5\ndataDir=/var/lib/zk${i}\nclientPort=2181\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.1:2889:3889\nserver.3=127.0.0.1:2890:3890\n`;
  const texts = (extra: Record<number, string> = {}) => new Map([1, 2, 3].map((i) => [`n${i}`, node(i, extra[i] ?? '')]));
  const run = (t = texts(), opts: EnsembleLintOptions = {}) => lintEnsemble([...t].map(([name, configText], i) => ({ name, configText, myid: i + 1 })), opts);
  const of = (r: LintResult, id: string) => r.results.flatMap((x) => x.diagnostics).filter((d) => d.ruleId === id);

  it('a rule setting turns an ensemble rule off or changes its severity', () => {
    expect(of(run(), 'ensemble-port-clash').map((d) => d.severity)).toContain('error');
    expect(of(run(texts(), { rules: { 'ensemble-port-clash': 'off' } }), 'ensemble-port-clash')).toEqual([]);
    expect(of(run(texts(), { rules: { 'ensemble-port-clash': { severity: 'off' } } }), 'ensemble-port-clash')).toEqual([]);
    const warned = of(run(texts(), { rules: { 'ensemble-port-clash': 'warning' } }), 'ensemble-port-clash');
    expect(warned.length).toBeGreaterThan(0);
    expect(new Set(warned.map((d) => d.severity))).toEqual(new Set(['warning']));
    expect(new Set(of(run(texts(), { rules: { 'ensemble-port-clash': { severity: 'info' } } }), 'ensemble-port-clash').map((d) => d.severity))).toEqual(new Set(['info']));
  });

  it('ensemble-fault-tolerance off (in any spelling) leaves the per-file fault-tolerance finding', () => {
    const opts = (setting?: RuleSetting): EnsembleLintOptions => ({ faultTolerance: 2, ...(setting ? { rules: { 'ensemble-fault-tolerance': setting } } : {}) });
    expect(of(run(texts(), opts()), 'ensemble-fault-tolerance').length).toBeGreaterThan(0);
    expect(of(run(texts(), opts()), 'fault-tolerance')).toEqual([]);
    for (const off of ['off', { severity: 'off' }] as const) {
      const r = run(texts(), opts(off));
      expect(of(r, 'ensemble-fault-tolerance')).toEqual([]);
      expect(of(r, 'fault-tolerance').length, JSON.stringify(off)).toBeGreaterThan(0);
    }
  });

  it('a baseline records ensemble findings and keeps absorbing them after lines move', () => {
    const before = texts();
    const ctx = (t: Map<string, string>): FormatContext => ({ color: false, cwd: process.cwd(), baseDir: process.cwd(), getSource: (f) => t.get(f) });
    const first = run(before);
    const baseline = makeBaseline(first, ctx(before));
    expect(baseline.findings.filter((f) => f.ruleId === 'ensemble-port-clash').length).toBe(of(first, 'ensemble-port-clash').length);
    // The same problems two lines further down: all absorbed.
    const moved = texts({ 2: '# moved\n# down\n', 3: '# moved\n' });
    const again = applyBaseline(run(moved), baseline, ctx(moved));
    expect(of(again, 'ensemble-port-clash')).toEqual([]);
    expect(again.results.flatMap((r) => r.diagnostics)).toEqual([]);
    // A new clash (n3 now also shares n1's dataDir) is reported.
    const worse = new Map(moved).set('n3', moved.get('n3')!.replace('/var/lib/zk3', '/var/lib/zk1'));
    const fresh = of(applyBaseline(run(worse), baseline, ctx(worse)), 'ensemble-port-clash');
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((d) => d.file === 'n3' && /dataDir/i.test(d.message)), JSON.stringify(fresh.map((d) => d.message))).toBe(true);
  });
});
