/** The command on compose files, Kubernetes folders and helm output on standard input (the built CLI). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/zklint.cjs');
const FIX = join(ROOT, 'fixtures/containers');
const run = (args: string[], cwd = ROOT, input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(input !== undefined ? { input } : {}) });
type Json = { results: Array<{ file: string; diagnostics: Array<{ ruleId: string; line: number; column: number; severity: string; message: string }> }> };
const json = (stdout: string) => (JSON.parse(stdout) as Json).results.map((f) => ({ filePath: f.file, messages: f.diagnostics }));

describe('zklint on compose files', () => {
  it('three services without ZOO_MY_ID: exit 1, the duplicate id 1 on the YAML', () => {
    const dir = join(FIX, 'containers-myid-default/fires-three-services-no-id');
    const r = run(['docker-compose.yml'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/13:3\s+error\s+zk1, zk2, zk3 all say they are server\.1 /);
    expect(r.stdout).toContain('ensemble-duplicate-myid');
  });
  it('3.4-style ZOO_SERVERS on a 3.9 image: the missing client port, at each entry', () => {
    const dir = join(FIX, 'containers-servers-without-client-port/fires-3-4-style-on-3-9');
    const r = run(['--format', 'json', 'docker-compose.yml'], dir);
    expect(r.status, r.stderr).toBe(0);
    const found = json(r.stdout).flatMap((f) => f.messages).filter((m) => m.ruleId === 'containers-servers-without-client-port');
    expect(found.map((m) => [m.line, m.column])).toEqual([
      [6, 20],
      [11, 43],
      [16, 66],
    ]);
    expect(run(['--fail-on', 'warning', 'docker-compose.yml'], dir).status).toBe(1);
  });
  it('malformed YAML: a positioned error and exit 1, never a stack trace', () => {
    const r = run(['docker-compose.yml'], join(FIX, 'containers-yaml-invalid/fires-bad-indent'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/3:12\s+error\s+Not valid YAML/);
    expect(r.stderr).toBe('');
  });
});

describe('zklint on Kubernetes', () => {
  const helm = readFileSync(join(import.meta.dirname, 'data/helm-statefulset.yaml'), 'utf8');
  it('folder discovery finds YAML naming a ZooKeeper image and skips other YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-k8s-'));
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'zookeeper.yaml'), helm);
    writeFileSync(join(dir, 'k8s', 'nginx.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:1.27\n');
    const r = run(['--format', 'json', 'k8s'], dir);
    expect(r.status, r.stderr).toBe(0);
    const files = json(r.stdout).map((f) => f.filePath);
    expect(files.some((f) => f.endsWith('zookeeper.yaml'))).toBe(true);
    expect(files.some((f) => f.endsWith('nginx.yaml'))).toBe(false);
  });
  it('helm template output on standard input, recognised without --stdin-format', () => {
    for (const args of [['--stdin'], ['--stdin', '--stdin-format', 'k8s']]) {
      const r = run(['--format', 'json', ...args], ROOT, helm);
      expect(r.status, r.stderr).toBe(0);
      const msgs = json(r.stdout).flatMap((f) => f.messages);
      // ZOO_CFG_EXTRA "…srvr, mntr, ruok" is word-split: "mntr," becomes a key of its own, found on its YAML line.
      expect(msgs.some((m) => m.ruleId === 'unknown-key' && m.line === 58 && m.column === 52)).toBe(true);
    }
  });
  it('--stdin-format zoo.cfg keeps properties linting; a bad value is a usage error', () => {
    expect(run(['--stdin', '--stdin-format', 'zoo.cfg'], ROOT, 'tickTime=2000\ndataDir=/tmp/zk-data\nclientPort=2181\n').status).toBe(0);
    const bad = run(['--stdin', '--stdin-format', 'helm'], ROOT, '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--stdin-format expects');
  });
  it('explain shows the ensemble as the pods will form it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-k8s-'));
    writeFileSync(join(dir, 'zk.yaml'), helm);
    const r = run(['explain', 'zk.yaml'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ensemble: zk.yaml (namespace data)');
    expect(r.stdout).toMatch(/2\s+zk-1\.zk-hs\s+2888:3888\s+2181\s+participant/);
    expect(r.stdout).toContain('quorum: 2 of 3 voters');
  });
});

describe('pre-commit', () => {
  it('the hooks\' files pattern takes compose files and manifests; YAML without ZooKeeper is skipped, not failed', () => {
    const hooks = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const patterns = [...hooks.matchAll(/^\s*files: '(.*)'$/gm)].map((m) => new RegExp(m[1] as string));
    expect(patterns.length).toBe(3);
    for (const re of patterns) for (const f of ['docker-compose.yml', 'deploy/compose.yaml', 'k8s/zookeeper.yaml', 'conf/zoo.cfg']) expect(re.test(f), f).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'zklint-hook-'));
    writeFileSync(join(dir, 'ci.yml'), 'on: push\njobs:\n  test: [unclosed\n');
    const r = run(['ci.yml'], dir);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stderr).toContain('skipped ci.yml: no ZooKeeper image or zoo.cfg in it');
  });
});

describe('README containers section', () => {
  it('lists every container rule, and its compose excerpt is real output', async () => {
    const { containerRules } = await import('../../src/index.js');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Containers'), readme.indexOf('## How it is checked'));
    for (const r of containerRules) expect(section).toContain(`[\`${r.id}\`](rules/${r.id}.md)`);
    const m = /\$ zklint examples\/compose\/docker-compose\.yml {5}\(excerpt\)\n([\s\S]*?)```/.exec(section);
    expect(m, 'the compose example').not.toBeNull();
    const real = run(['examples/compose/docker-compose.yml']).stdout;
    for (const line of (m?.[1] ?? '').trimEnd().split('\n')) {
      // Each excerpt line: its position, severity, the start of the message (up to an ellipsis) and the rule id.
      const [head = ''] = line.split(/ …|\(…\)/);
      expect(real, line).toContain(head.trimEnd());
      expect(real).toContain(line.trim().split(/\s+/).pop() as string);
    }
    expect(readFileSync(join(ROOT, 'examples/compose/docker-compose.yml'), 'utf8')).toContain('ZOO_SERVERS: server.1=zk1:2888:3888;2181');
  });
});

