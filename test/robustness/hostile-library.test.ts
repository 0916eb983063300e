/** Hostile inputs through the library: never a throw, a clear diagnostic, no pollution, no leaks. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFile, lintText } from '../../src/index.js';
import { createMemoryFileSystem, FsError, nodeFileSystem, type FileSystem } from '../../src/fs.js';
import type { FileResult } from '../../src/diagnostic.js';

const diags = (r: FileResult[]) => r.flatMap((f) => f.diagnostics);
const ids = (r: FileResult[]) => diags(r).map((d) => d.ruleId);
const mem = createMemoryFileSystem({});

const tmp = mkdtempSync(join(tmpdir(), 'zklint-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A FileSystem wrapper that counts calls per method and path. */
function counting(inner: FileSystem) {
  const calls = { stat: [] as string[], readFile: [] as string[], readDir: [] as string[] };
  const fs: FileSystem = {
    stat: (p) => (calls.stat.push(p), inner.stat(p)),
    readFile: (p, max) => (calls.readFile.push(p), inner.readFile(p, max)),
    readDir: (p) => (calls.readDir.push(p), inner.readDir(p)),
  };
  return { fs, calls };
}

/** A FileSystem that answers EACCES for the paths `denied` matches, like a root-owned 0700 tree. */
function denying(inner: FileSystem, denied: (p: string) => boolean): FileSystem {
  const no = () => new FsError('EACCES', 'permission denied');
  return {
    stat: (p) => inner.stat(p),
    readFile: (p, max) => {
      if (denied(p)) throw no();
      return inner.readFile(p, max);
    },
    readDir: (p) => {
      if (denied(p)) throw no();
      return inner.readDir(p);
    },
  };
}

describe('degenerate files', () => {
  it('empty file: a result, no exception', () => {
    expect(lintText('', { fs: mem })).toHaveLength(1);
    expect(lintText(new Uint8Array(0), { fs: mem })).toHaveLength(1);
  });

  it('only comments: like an empty file', () => {
    const r = lintText('# a comment\n! another\n   # indented\n', { fs: mem });
    expect(ids(r)).toEqual(ids(lintText('', { fs: mem })));
  });

  it('binary bytes: reported as unreadable, not parsed; a few NULs are read as ZooKeeper reads them', () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0x3d, 0x3d]);
    const r = diags(lintText(bytes, { fs: mem }));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ ruleId: 'config-unreadable', severity: 'error', line: 1, column: 1 });
    expect(r[0]!.message).toMatch(/binary/);
    // Properties.load keeps the NUL in the key, and QuorumPeerConfig trims it away (String.trim).
    const nul = ids(lintText(new Uint8Array(Buffer.from('tickTime=2000\n\0dataDir=/x\n')), { fs: mem }));
    expect(nul).not.toContain('config-unreadable');
    expect(nul).toEqual(ids(lintText('tickTime=2000\ndataDir=/x\n', { fs: mem })));
  });

  it('invalid UTF-8 is read byte by byte (ISO-8859-1), as ZooKeeper does', () => {
    const bytes = new Uint8Array([...Buffer.from('tickTime=2000\nfoo\xc3', 'latin1'), 0x28, 0xa0, 0xa1, 0xed, 0xa0, 0x80, 0x3d, 0x31, 0x0a]);
    const r = diags(lintText(bytes, { fs: mem }));
    const unknown = r.find((d) => d.ruleId === 'unknown-key');
    expect(unknown).toMatchObject({ line: 2, column: 1 });
    expect(unknown!.message).toContain('foo\u00c3(\u00a0\u00a1\u00ed\u00a0\u0080');
  });

  it('UTF-16 with BOM (both byte orders): reported as UTF-16', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const body = Buffer.from('tickTime=2000\n', bom[0] === 0xff ? 'utf16le' : 'latin1');
      const r = diags(lintText(new Uint8Array([...bom, ...body]), { fs: mem }));
      expect(r.map((d) => d.ruleId)).toEqual(['config-unreadable']);
      expect(r[0]!.message).toMatch(/UTF-16/);
    }
  });

  it('a file over the size limit is reported too large, without being read and without naming a CLI flag', () => {
    const big = createMemoryFileSystem({ '/big/zoo.cfg': new Uint8Array(2048).fill(0x61) });
    const { fs, calls } = counting(big);
    const r = diags(lintFile('/big/zoo.cfg', { fs, maxFileBytes: 1024 }));
    expect(r.map((d) => d.ruleId)).toEqual(['config-unreadable']);
    expect(r[0]!.message).toMatch(/too large \(2048 bytes, limit 1024\)/);
    expect(`${r[0]!.message} ${r[0]!.hint ?? ''}`).not.toMatch(/--/); // the library names no flag
    expect(ids(lintFile('/big/zoo.cfg', { fs: big, maxFileBytes: 4096 }))).not.toContain('config-unreadable');
    expect(calls.readFile).toEqual(['/big/zoo.cfg']); // the seam refused before reading
  });

  it('a million lines completes (linear lexer; bounded memory)', () => {
    const text = '# generated\ntickTime=2000\n' + 'server.1=127.0.0.1:2888:3888\n'.repeat(1_000_000);
    const r = lintText(text, { fs: mem });
    const dup = diags(r).find((d) => d.ruleId === 'duplicate-key');
    expect(dup).toMatchObject({ line: 1_000_002 });
  });

  it('very long lines: a 10 MB value, key and number', () => {
    expect(diags(lintText('dataDir=/' + 'a'.repeat(10_000_000), { fs: mem })).some((d) => d.ruleId === 'config-unreadable')).toBe(false);
    const num = diags(lintText('clientPort=' + '9'.repeat(1_000_000) + '\n', { fs: mem }));
    expect(num.find((d) => d.ruleId === 'invalid-integer')).toMatchObject({ line: 1, column: 12, endColumn: 1_000_012 });
    expect(lintText('k'.repeat(1_000_000) + '=1', { fs: mem })).toHaveLength(1);
  });
});

describe('prototype pollution', () => {
  it('keys named __proto__, constructor, prototype are data', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = [
      '__proto__=polluted',
      '__proto__.polluted=yes',
      'constructor=x',
      'constructor.prototype.polluted=yes',
      'prototype=y',
      'hasOwnProperty=1',
      'toString=2',
      'server.__proto__=127.0.0.1:2888:3888',
      'group.__proto__=1',
      'weight.constructor=1',
      'dataDir=/data',
    ].join('\n');
    const r = lintText(text, {
      fs: mem,
      jvmFlags: ['-D__proto__=x', '-Dconstructor.prototype.polluted=yes'],
      rules: JSON.parse('{"__proto__": "off", "constructor": "error"}'),
    });
    expect(diags(r).length).toBeGreaterThan(0);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof Object.prototype.toString).toBe('function');
    expect(diags(r).filter((d) => d.ruleId === 'unknown-key').map((d) => d.line)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5]));
  });
});

describe('file-system hostility', () => {
  it('symlink loops in and as dataDir: a result, no hang', () => {
    const dir = join(tmp, 'loops');
    mkdirSync(join(dir, 'data'), { recursive: true });
    symlinkSync('version-2', join(dir, 'data', 'version-2')); // points at itself
    symlinkSync('myid', join(dir, 'data', 'myid'));
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    writeFileSync(join(dir, 'zoo.cfg'), `dataDir=${dir}/data\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\n`);
    writeFileSync(join(dir, 'loop.cfg'), `dataDir=${dir}/a\ndataLogDir=${dir}/b\n`);
    expect(lintFile(join(dir, 'zoo.cfg'), { fs: nodeFileSystem })).toHaveLength(1);
    expect(lintFile(join(dir, 'loop.cfg'), { fs: nodeFileSystem })).toHaveLength(1);
    const self = join(dir, 'self.cfg');
    symlinkSync('self.cfg', self);
    expect(ids(lintFile(self, { fs: nodeFileSystem }))).toEqual(['config-unreadable']);
  });

  it('permission denied on the config, the data dir and myid (EACCES through the seam)', () => {
    const tree = createMemoryFileSystem({
      '/etc/zk/zoo.cfg': 'tickTime=2000\ninitLimit=5\nsyncLimit=2\ndataDir=/var/zk\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n',
      '/var/zk/myid': '1\n',
      '/var/zk/version-2/snapshot.0': 'x',
    });
    const cfg = diags(lintFile('/etc/zk/zoo.cfg', { fs: denying(tree, (p) => p === '/etc/zk/zoo.cfg') }));
    expect(cfg.map((d) => d.ruleId)).toEqual(['config-unreadable']);
    expect(cfg[0]!.message).toMatch(/permission denied/);
    const myid = diags(lintFile('/etc/zk/zoo.cfg', { fs: denying(tree, (p) => p.startsWith('/var/zk/')), onHost: true }));
    expect(myid.map((d) => d.ruleId)).toContain('myid-unreadable');
    expect(myid.find((d) => d.ruleId === 'myid-unreadable')!.message).toMatch(/permission denied/);
  });

  it('a dataDir holding 100,000 files: names listed, contents never read', () => {
    const tree: Record<string, string | null> = {
      '/zk/zoo.cfg': 'tickTime=2000\ndataDir=/zk/data\nclientPort=2181\n',
      '/zk/data/myid': '1\n',
    };
    for (let i = 0; i < 100_000; i++) tree[`/zk/data/version-2/log.${i.toString(16)}`] = 'x';
    const { fs, calls } = counting(createMemoryFileSystem(tree));
    expect(lintFile('/zk/zoo.cfg', { fs, onHost: true })).toHaveLength(1);
    expect(calls.readFile.every((p) => p === '/zk/zoo.cfg' || p === '/zk/data/myid')).toBe(true);
    expect(calls.readDir.length).toBeLessThanOrEqual(2);
    expect(calls.stat.length).toBeLessThan(20);
  });

  it('dynamicConfigFile naming the config itself: read once more, no loop', () => {
    const tree = createMemoryFileSystem({
      '/zk/zoo.cfg': 'tickTime=2000\ndataDir=/zk/data\ndynamicConfigFile=/zk/zoo.cfg\nserver.1=127.0.0.1:2888:3888;2181\n',
    });
    const { fs, calls } = counting(tree);
    expect(lintFile('/zk/zoo.cfg', { fs, onHost: true }).length).toBeGreaterThanOrEqual(1);
    expect(calls.readFile.filter((p) => p === '/zk/zoo.cfg')).toHaveLength(2);
  });

  it('dynamicConfigFile naming a secret (shadow-like) file: its contents never appear in output', () => {
    const secret = 'root:$6$S3CRETHASH:19000:0:99999:7:::\ndaemon:*:19000\nroot:$6$0THERHASH\nserver.x\\u12=y\n';
    const tree = createMemoryFileSystem({
      '/zk/zoo.cfg': 'tickTime=2000\ndataDir=/zk/data\ndynamicConfigFile=/etc/shadow\n',
      '/etc/shadow': secret,
    });
    const { fs, calls } = counting(tree);
    const out = JSON.stringify(lintFile('/zk/zoo.cfg', { fs, onHost: true }));
    for (const word of ['S3CRETHASH', '0THERHASH', 'daemon', '19000', 'root:']) expect(out).not.toContain(word);
    // Only what ZooKeeper itself would open: the config, then its dynamic file.
    expect(calls.readFile).toEqual(['/zk/zoo.cfg', '/etc/shadow']);
  });
});
