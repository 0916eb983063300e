/**
 * End to end through the real `pre-commit` tool: a project whose .pre-commit-config.yaml uses a
 * clone of this repository at HEAD as its hook repo. A commit of a broken zoo.cfg is refused
 * with zklint's message; a good one is accepted. Needs `pre-commit` (Debian package; .ci/run
 * installs it) and the npm registry, since pre-commit runs `npm install` in the hook repo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/**
 * One clone of this repository at HEAD and one pre-commit cache for both tests: pre-commit then
 * installs the hook environment (npm install + the prepack build) once, not once per test.
 */
let shared: { tmp: string; env: NodeJS.ProcessEnv; git: (cwd: string, ...args: string[]) => string; hookRepo: string; rev: string } | undefined;
function setup() {
  if (shared) return shared;
  const tmp = mkdtempSync(join(tmpdir(), 'zklint-precommit-'));
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: join(tmp, 'cache'),
    GIT_AUTHOR_NAME: 'zklint test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'zklint test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: tmp,
    NO_COLOR: '1',
  };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
  const hookRepo = join(tmp, 'zklint-hooks');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, hookRepo], { env });
  const rev = git(ROOT, 'rev-parse', 'HEAD');
  git(hookRepo, 'checkout', '--quiet', rev);
  shared = { tmp, env, git, hookRepo, rev };
  return shared;
}

describe.skipIf(!has('pre-commit') && !process.env.CI)('pre-commit hook', () => {
  afterAll(() => {
    if (shared) rmSync(shared.tmp, { recursive: true, force: true });
  });
  it('refuses a broken zoo.cfg with zklint\'s message and accepts a good one', () => {
    const { tmp, env, git, hookRepo, rev } = setup();

    const project = join(tmp, 'project');
    mkdirSync(join(project, 'conf', 'data'), { recursive: true });
    git(project, 'init', '--quiet');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: zklint\n`,
    );
    writeFileSync(join(project, 'conf', 'data', '.keep'), '');
    git(project, 'add', '.');
    git(project, 'commit', '--quiet', '--no-verify', '-m', 'setup');
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: project, env, encoding: 'utf8' });
    expect(install.status, install.stdout + install.stderr).toBe(0);

    const base = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\n';
    writeFileSync(join(project, 'conf', 'zoo.cfg'), `${base}tickTime=2s\n`);
    git(project, 'add', 'conf/zoo.cfg');
    const bad = spawnSync('git', ['commit', '-m', 'bad'], { cwd: project, env, encoding: 'utf8' });
    const badOut = bad.stdout + bad.stderr;
    expect(bad.status, badOut).not.toBe(0);
    expect(badOut).toMatch(/zklint \(ZooKeeper configs\)\.+Failed/);
    expect(badOut).toContain('invalid-integer');
    expect(badOut).toContain('conf/zoo.cfg');
    expect(git(project, 'rev-list', '--count', 'HEAD')).toBe('1');

    writeFileSync(join(project, 'conf', 'zoo.cfg'), base);
    git(project, 'add', 'conf/zoo.cfg');
    const good = spawnSync('git', ['commit', '-m', 'good'], { cwd: project, env, encoding: 'utf8' });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout + good.stderr).toMatch(/zklint \(ZooKeeper configs\)\.+Passed/);
    expect(git(project, 'rev-list', '--count', 'HEAD')).toBe('2');
  }, 600_000);

  it('zklint-repo runs when only a myid changes and lints every node; a typo\'d key is shown on a passing commit', () => {
    const { env, git, hookRepo, rev } = setup();
    const tmp = mkdtempSync(join(tmpdir(), 'zklint-precommit-repo-'));
    try {

      // Three nodes, each in a folder named after its host, with its myid beside its config.
      const project = join(tmp, 'project');
      const cfg =
        'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=./data\nclientPort=2181\nadmin.enableServer=false\nautopurge.purgeInterval=24\n' +
        'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
      for (const i of [1, 2, 3]) {
        mkdirSync(join(project, `zk${i}`, 'data'), { recursive: true });
        writeFileSync(join(project, `zk${i}`, 'data', '.keep'), '');
        writeFileSync(join(project, `zk${i}`, 'zoo.cfg'), cfg);
        writeFileSync(join(project, `zk${i}`, 'myid'), `${i}\n`);
      }
      git(project, 'init', '--quiet');
      writeFileSync(
        join(project, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: zklint\n      - id: zklint-repo\n`,
      );
      git(project, 'add', '.');
      git(project, 'commit', '--quiet', '--no-verify', '-m', 'setup');
      const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: project, env, encoding: 'utf8' });
      expect(install.status, install.stdout + install.stderr).toBe(0);

      // Only a myid changes: zk2 now says it is server.1.
      writeFileSync(join(project, 'zk2', 'myid'), '1\n');
      git(project, 'add', 'zk2/myid');
      const dup = spawnSync('git', ['commit', '-m', 'dup'], { cwd: project, env, encoding: 'utf8' });
      const dupOut = dup.stdout + dup.stderr;
      expect(dup.status, dupOut).not.toBe(0);
      expect(dupOut).toMatch(/zklint \(ZooKeeper configs\)\.+\(no files to check\)Skipped/);
      expect(dupOut).toMatch(/zklint \(every ZooKeeper config in the repository\)\.+Failed/);
      expect(dupOut).toContain('ensemble-duplicate-myid');
      expect(git(project, 'rev-list', '--count', 'HEAD')).toBe('1');

      // A typo'd key: ZooKeeper starts and drops the setting, so the commit passes, and says so.
      writeFileSync(join(project, 'zk2', 'myid'), '2\n');
      writeFileSync(join(project, 'zk1', 'zoo.cfg'), `${cfg}maxClientCnxn=100\n`);
      git(project, 'add', '.');
      const typo = spawnSync('git', ['commit', '-m', 'typo'], { cwd: project, env, encoding: 'utf8' });
      const typoOut = typo.stdout + typo.stderr;
      expect(typo.status, typoOut).toBe(0);
      expect(typoOut).toMatch(/zklint \(ZooKeeper configs\)\.+Passed/);
      expect(typoOut).toContain('unknown-key');
      expect(typoOut).toContain('Did you mean "maxClientCnxns"?');
      expect(git(project, 'rev-list', '--count', 'HEAD')).toBe('2');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 600_000);
});
