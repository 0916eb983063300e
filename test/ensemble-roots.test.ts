import { describe, expect, it } from 'vitest';
import { createMemoryFileSystem, explainEnsemble, lintEnsemble, lintEnsembles } from '../src/index.js';

const cfg = [
  'tickTime=2000',
  'initLimit=10',
  'syncLimit=5',
  'dataDir=/var/lib/zookeeper',
  'server.1=zk1:2888:3888;2181',
  'server.2=zk2:2888:3888;2181',
  'server.3=zk3:2888:3888;2181',
  '',
].join('\n');

// Three nodes whose configs all name the same dataDir; each node's tree holds its own myid (node 3 has none).
const fs = createMemoryFileSystem({
  '/t/zk1/zoo.cfg': cfg,
  '/t/zk2/zoo.cfg': cfg,
  '/t/zk3/zoo.cfg': cfg,
  '/t/zk1/var/lib/zookeeper/myid': '1\n',
  '/t/zk2/var/lib/zookeeper/myid': '2\n',
  '/t/zk3/var/lib/zookeeper': null,
});
const files = ['/t/zk1/zoo.cfg', '/t/zk2/zoo.cfg', '/t/zk3/zoo.cfg'];
const missing = (r: { results: Array<{ file: string; diagnostics: Array<{ ruleId: string }> }> }) =>
  r.results.filter((f) => f.diagnostics.some((d) => d.ruleId === 'myid-missing')).map((f) => f.file);

describe('a rendered tree per ensemble node (roots / EnsembleNodeInput.root)', () => {
  it('lintEnsembles: each node reads the myid under its own root', () => {
    const r = lintEnsembles(files, { fs, onHost: true, cwd: '/t', roots: { zk1: '/t/zk1', zk2: '/t/zk2', '/t/zk3/zoo.cfg': '/t/zk3' } });
    expect(missing(r)).toEqual(['/t/zk3/zoo.cfg']);
    const x = explainEnsemble(r.ensembles[0]!);
    expect(x.nodes.map((n) => [n.name, n.id, n.idFrom])).toEqual([
      ['zk1', '1', 'dataDir'],
      ['zk2', '2', 'dataDir'],
      ['zk3', '3', 'host'], // no myid: the folder named like a server host gives it
    ]);
  });

  it('without roots every node reads the same /var/lib/zookeeper', () => {
    const r = lintEnsembles(files, { fs, onHost: true, cwd: '/t' });
    expect(missing(r)).toEqual(files);
  });

  it('lintEnsemble: a node input given as text takes its root', () => {
    const r = lintEnsemble(
      [1, 2].map((i) => ({ name: `zk${i}`, configText: cfg, root: `/t/zk${i}` })),
      { fs, onHost: true },
    );
    expect(missing(r)).toEqual([]);
    expect(r.ensembles[0]!.nodes.map((n) => n.id)).toEqual(['1', '2']);
  });
});
