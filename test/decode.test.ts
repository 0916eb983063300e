/** The decoding shortcuts agree with Buffer's decoders on every input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryProblem, decodeLatin1, readSource } from '../src/load/source.js';
import { createMemoryFileSystem, nodeFileSystem, releaseBytes, rootedFileSystem } from '../src/fs.js';
import { lintFiles } from '../src/index.js';
import { firstLine } from '../src/load/host-facts.js';

const bytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ minLength: 8000, maxLength: 9000 }), fc.uint8Array({ maxLength: 40, max: 0x7f }));

describe('decoding', () => {
  it('decodeLatin1 is ISO-8859-1, small and large inputs alike', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(decodeLatin1(b)).toBe(Buffer.from(b).toString('latin1'));
      }),
      { numRuns: 400, seed: 3 },
    );
  });
  it('firstLine reads UTF-8 up to the first line break, as before the ASCII shortcut', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = Buffer.from(b).toString('utf8');
        const cut = text.search(/[\r\n]/);
        expect(firstLine(b)).toBe(b.length === 0 ? null : cut < 0 ? text : text.slice(0, cut));
      }),
      { numRuns: 400, seed: 3 },
    );
  });
  it('binaryProblem: a few NULs are text (ZooKeeper reads them); UTF-16 and binary blobs are not', () => {
    const big = new Uint8Array(70 * 1024).fill(0x41);
    expect(binaryProblem(big)).toBeUndefined();
    big[10] = 0;
    expect(binaryProblem(big)).toBeUndefined();
    expect(binaryProblem(Buffer.from('a=1\n\0'))).toBeUndefined();
    expect(binaryProblem(Buffer.from('tickTime=2000\n# \0\0\ndataDir=/d\0\n'))).toBeUndefined();
    // UTF-16 without a byte-order mark: every other byte is NUL.
    expect(binaryProblem(Buffer.from('tickTime=2000\n', 'utf16le'))?.code).toBe('utf16');
    expect(binaryProblem(Buffer.from('tickTime=2000\n', 'utf16le').swap16())?.code).toBe('utf16');
    // Only NULs (a sparse file, zeroed blocks): binary, not UTF-16.
    expect(binaryProblem(new Uint8Array(4096))?.code).toBe('binary');
    expect(binaryProblem(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 3, 0, 0x3d, 0x3d, 0x3e]))?.code).toBe('binary');
    // A short config with a few NULs: a tenth of its bytes are control bytes, but it has config
    // lines, and ZooKeeper reads it (found by the agreement gate, seed 86420): text.
    expect(binaryProblem(Buffer.from('tickTime\0\0\0=1000\ndataDir=@CASE\0\0\0@/data\n'))).toBeUndefined();
    expect(binaryProblem(Buffer.from('clientPort=2181\0\0\0\0\n'))).toBeUndefined();
    // The same bytes without a config key stay binary.
    expect(binaryProblem(Buffer.from('tickTimX\0\0\0=1000\ndataDiX=@CASE\0\0\0@/data\n'))?.code).toBe('binary');
    // Only the first 64 KiB count.
    const tail = new Uint8Array(70 * 1024).fill(0x41);
    tail.fill(0, 65 * 1024);
    expect(binaryProblem(tail)).toBeUndefined();
  });
});

describe('the bytes of a large file are given back once decoded', () => {
  it('a large read can shrink to nothing; the text decoded from it is intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-release-'));
    try {
      const file = join(dir, 'zoo.cfg');
      const text = 'dataDir=/var/lib/zookeeper\n' + 'x'.repeat(100_000) + '=\xe9\n';
      writeFileSync(file, text, 'latin1');
      const bytes = nodeFileSystem.readFile(file);
      expect(bytes.byteLength).toBe(text.length);
      const decoded = decodeLatin1(bytes);
      releaseBytes(nodeFileSystem, bytes);
      expect(bytes.buffer.byteLength).toBe(0);
      expect(decoded).toBe(text);
      const read = readSource(nodeFileSystem, file, file);
      expect(read.source?.text).toBe(text);
      // A small file comes from Node's pool (shared with other buffers): left alone.
      writeFileSync(file, 'a=1\n');
      const small = nodeFileSystem.readFile(file);
      releaseBytes(nodeFileSystem, small);
      expect(Buffer.from(small).toString()).toBe('a=1\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('leaves alone bytes that are not the whole of a resizable buffer', () => {
    const ab = new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer)(8, { maxByteLength: 8 });
    const part = new Uint8Array(ab, 0, 4);
    releaseBytes(nodeFileSystem, part);
    expect(ab.byteLength).toBe(8);
    const plain = new Uint8Array(8);
    releaseBytes(nodeFileSystem, plain);
    expect(plain.buffer.byteLength).toBe(8);
  });
  it('leaves alone the bytes another file system returns, even when the real disk read them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zklint-release-'));
    try {
      const file = join(dir, 'zoo.cfg');
      const text = 'dataDir=/var/lib/zookeeper\nclientPort=2181\n' + `#${'x'.repeat(100_000)}\n`;
      writeFileSync(file, text, 'latin1');
      // A memory file system holding bytes the real disk read: linted twice, the same both times.
      const bytes = nodeFileSystem.readFile(file);
      const fs = createMemoryFileSystem({ '/zoo.cfg': bytes });
      const first = lintFiles(['/zoo.cfg'], { fs });
      expect(bytes.byteLength).toBe(text.length);
      expect(lintFiles(['/zoo.cfg'], { fs })).toEqual(first);
      expect(first.results[0]?.diagnostics.map((d) => d.ruleId)).not.toContain('config-unreadable');
      // A root over the real disk reads afresh: its reads are given back.
      const rooted = rootedFileSystem(nodeFileSystem, dir);
      const viaRoot = rooted.readFile(file);
      releaseBytes(rooted, viaRoot);
      expect(viaRoot.buffer.byteLength).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
