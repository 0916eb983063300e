/**
 * `--root` confines every ZooKeeper path like a chroot (issue 15 point 2): `..` stops at the root,
 * links are followed only inside it, and code frames show the file that was linted, never a
 * host file of the same name.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { createMemoryFileSystem, lintText, nodeFileSystem } from '../../src/index.js';
import { resolveInRoot } from '../../src/fs.js';

const tmp = mkdtempSync(join(tmpdir(), 'zklint-root-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const put = (rel: string, text: string) => {
  const p = join(tmp, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
};
const root = join(tmp, 'r');
const HEAD = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\nclientPort=2181\ndataDir=/var/lib/zookeeper\n';
// A file outside the root that must never be read: its marker must never be shown.
const outside = put('outside/zoo.cfg.dynamic', 'server.1=OUTSIDE-MARKER:2888\n');
put('outside/data/myid', 'not-a-number-OUTSIDE\n');
put('r/var/lib/zookeeper/myid', '1\n');

function lint(cfg: string, name: string) {
  const file = put(`r/etc/zookeeper/${name}.cfg`, cfg);
  const r = runCli(['--root', root, '--zk-version', '3.8', file], { env: { ...process.env, NO_COLOR: '1' } });
  const j = runCli(['--root', root, '--zk-version', '3.8', '-f', 'json', file]);
  return { stylish: r.stdout + r.stderr, json: j.stdout, status: r.status };
}

describe('--root: a chroot for ZooKeeper paths', () => {
  it('a code frame of dynamicConfigFile=/etc/passwd shows the planted file inside the root, not the host file', () => {
    put('r/etc/passwd', 'server.1=bad line here\n');
    const r = lint(`${HEAD}dynamicConfigFile=/etc/passwd\n`, 'passwd');
    expect(r.stylish).toContain('server.1=bad line here');
    expect(r.stylish).not.toMatch(/root:x:0:0/);
  });

  it('dynamicConfigFile=/../../…/outside resolves inside the root (the outside file is never read)', () => {
    const up = '/..'.repeat(20);
    const r = lint(`${HEAD}dynamicConfigFile=${up}${outside}\n`, 'dotdot');
    expect(r.json).toContain('dynamic-file-missing');
    expect(r.stylish + r.json).not.toContain('OUTSIDE-MARKER');
  });

  it('dataDir=/../../../../outside/data: the myid outside the root is never read', () => {
    const r = lint(HEAD.replace('dataDir=/var/lib/zookeeper', `dataDir=${'/..'.repeat(20)}${join(tmp, 'outside/data')}`), 'datadir');
    expect(r.stylish + r.json).not.toContain('OUTSIDE');
    expect(r.json).not.toContain('myid-invalid');
  });

  it('a link inside the root pointing outside (absolute or by ..) is followed inside the root', () => {
    mkdirSync(join(root, 'etc/zookeeper'), { recursive: true });
    symlinkSync(outside, join(root, 'etc/zookeeper/abs.dynamic'));
    symlinkSync(`${'../'.repeat(20)}${outside.slice(1)}`, join(root, 'etc/zookeeper/rel.dynamic'));
    for (const l of ['abs', 'rel']) {
      const r = lint(`${HEAD}dynamicConfigFile=/etc/zookeeper/${l}.dynamic\n`, `link-${l}`);
      expect(r.stylish + r.json).not.toContain('OUTSIDE-MARKER');
      expect(r.json).toContain('dynamic-file-missing');
    }
  });

  it('a link that stays inside the root is followed', () => {
    put('r/etc/zookeeper/real.dynamic', 'server.1=IN-ROOT-MARKER\n');
    symlinkSync('/etc/zookeeper/real.dynamic', join(root, 'etc/zookeeper/inside.dynamic'));
    const r = lint(`${HEAD}dynamicConfigFile=/etc/zookeeper/inside.dynamic\n`, 'link-in');
    expect(r.stylish).toContain('IN-ROOT-MARKER');
  });

  it('a link loop inside the root ends with a finding, not a hang', () => {
    symlinkSync('/etc/zookeeper/loop-b', join(root, 'etc/zookeeper/loop-a'));
    symlinkSync('/etc/zookeeper/loop-a', join(root, 'etc/zookeeper/loop-b'));
    const r = lint(`${HEAD}dynamicConfigFile=/etc/zookeeper/loop-a\n`, 'loop');
    expect(r.status).not.toBeNull();
    expect(r.json).toContain('"results"');
  });

  it('resolveInRoot: .. clamps at the root; paths outside the root are the user’s and pass through', () => {
    expect(resolveInRoot(nodeFileSystem, root, join(root, '../../x'))).toBe(join(tmp, '../x'));
    expect(resolveInRoot(nodeFileSystem, root, `${root}/a/../b`)).toBe(join(root, 'b'));
  });

  it('the memory file system (no links) keeps working under a root', () => {
    const fs = createMemoryFileSystem({ '/r/etc/dyn': 'server.1=127.0.0.1:2888:3888\n', '/r/var/lib/zookeeper/myid': '1\n' });
    const [res] = lintText(`${HEAD}dynamicConfigFile=/../../etc/dyn\n`, { fs, root: '/r', filePath: '/r/zoo.cfg', zkVersion: '3.8' });
    expect(res!.diagnostics.map((d) => d.ruleId)).not.toContain('dynamic-file-missing');
  });
});
