/** myid-unreadable needs a file that exists but cannot be read: made with the file-system seam. */
import { describe, expect, it } from 'vitest';
import { createMemoryFileSystem, FsError, type FileSystem } from '../../src/fs.js';
import { lintText } from '../../src/index.js';

const config = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/zk\nserver.1=127.0.0.1:2888:3888\nserver.2=127.0.0.2:2888:3888\nserver.3=127.0.0.3:2888:3888\n';

function denying(inner: FileSystem, denied: string): FileSystem {
  return {
    stat: (p) => inner.stat(p),
    readDir: (p) => inner.readDir(p),
    readFile: (p, max) => {
      if (p === denied) throw new FsError('EACCES', 'permission denied');
      return inner.readFile(p, max);
    },
  };
}

describe('myid-unreadable', () => {
  it('fires when myid exists but reading it is denied', () => {
    const fs = denying(createMemoryFileSystem({ '/zk/myid': '1\n' }), '/zk/myid');
    const diags = lintText(config, { fs, filePath: 'zoo.cfg', onHost: true }).flatMap((r) => r.diagnostics);
    const d = diags.find((x) => x.ruleId === 'myid-unreadable');
    expect(d?.severity).toBe('error');
    expect(d?.line).toBe(4);
    expect(d?.message).toContain('permission denied');
    expect(diags.filter((x) => x.severity === 'error').map((x) => x.ruleId)).toEqual(['myid-unreadable']);
  });
  it('stays quiet when myid is readable', () => {
    const fs = createMemoryFileSystem({ '/zk/myid': '1\n' });
    const diags = lintText(config, { fs, filePath: 'zoo.cfg', onHost: true }).flatMap((r) => r.diagnostics);
    expect(diags.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
