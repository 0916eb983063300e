/** The decoding shortcuts agree with Buffer's decoders on every input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryProblem, decodeLatin1 } from '../src/load/source.js';
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
