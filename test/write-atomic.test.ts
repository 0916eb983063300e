import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, WriteError } from '../src/util/write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'zklint-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode, leaves no temporary file', () => {
    const f = join(dir, 'report.json');
    writeFileSync(f, 'old');
    chmodSync(f, 0o640);
    writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('writes through a symlink to its target and keeps the link a link', () => {
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('fails with a plain reason and leaves the old file when the folder is missing or the target is a folder', () => {
    expect(() => writeFileAtomic(join(dir, 'no', 'such', 'x.json'), 'x')).toThrow(WriteError);
    expect(() => writeFileAtomic(join(dir, 'no', 'such', 'x.json'), 'x')).toThrow(/its folder does not exist/);
    expect(() => writeFileAtomic(dir, 'x')).toThrow(/it is a folder/);
  });

  // root writes anywhere, so there is nothing to observe as root.
  it.skipIf(process.getuid?.() === 0)('a read-only folder: the old file is kept unchanged', () => {
    const ro = mkdtempSync(join(dir, 'ro-'));
    const f = join(ro, 'keep.txt');
    writeFileSync(f, 'old');
    chmodSync(ro, 0o555);
    try {
      expect(() => writeFileAtomic(f, 'new')).toThrow(/permission denied/);
      expect(readFileSync(f, 'utf8')).toBe('old');
    } finally {
      chmodSync(ro, 0o755);
    }
  });
});
