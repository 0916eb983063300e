/**
 * The browser build of the playground replaces `node:path`, `node:net`'s isIP and `Buffer` with
 * small versions of its own (playground/shims/). They must answer as Node does for everything the
 * library asks of them, or the playground would lint differently from the CLI: compared here on
 * generated inputs.
 */
import * as nodePath from 'node:path';
import { isIP as nodeIsIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as shimPath from '../playground/shims/path.js';
import { isIP } from '../playground/shims/net.js';
import { Buffer as ShimBuffer } from '../playground/shims/globals.js';

const P = nodePath.posix;
const segment = fc.constantFrom('', '.', '..', 'a', 'b', 'zk', 'var', 'my id', '.hidden', 'x.cfg', '...');
const posixPath = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean()).map(([abs, segs, trail]) => `${abs ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`);

describe('playground path shim = node:path (POSIX)', () => {
  it("Node's basename quirk: slashes only, with a suffix", () => {
    for (const p of ['/', '//', '////', '/////']) expect(shimPath.basename(p, '.cfg')).toBe(P.basename(p, '.cfg'));
  });
  it('normalize, isAbsolute, dirname, basename, extname', () => {
    fc.assert(
      fc.property(posixPath, (p) => {
        expect(shimPath.normalize(p)).toBe(P.normalize(p));
        expect(shimPath.isAbsolute(p)).toBe(P.isAbsolute(p));
        expect(shimPath.dirname(p)).toBe(P.dirname(p));
        expect(shimPath.basename(p)).toBe(P.basename(p));
        expect(shimPath.basename(p, '.cfg')).toBe(P.basename(p, '.cfg'));
        expect(shimPath.extname(p)).toBe(P.extname(p));
      }),
      { numRuns: 3000 },
    );
  });

  it('join, resolve (against /), relative', () => {
    fc.assert(
      fc.property(fc.array(posixPath, { minLength: 1, maxLength: 4 }), posixPath, (parts, other) => {
        expect(shimPath.join(...parts)).toBe(P.join(...parts));
        expect(shimPath.resolve('/', ...parts)).toBe(P.resolve('/', ...parts));
        const from = P.resolve('/', parts[0] as string);
        const to = P.resolve('/', other);
        expect(shimPath.relative(from, to)).toBe(P.relative(from, to));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('playground isIP shim = node:net isIP', () => {
  const samples = [
    '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '1.2.3.4 ', '',
    '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%', '::ffff:127.0.0.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::',
    '1.2.3.04', '000.0.0.0', '1.2.3.4\n', '1.2.3.\u0664', '1..2.3', '.1.2.3', '1.2.3.', '1000.1.1.1', '9.99.199.249', '1.2.3.4.',
    '1::2::3', '[::1]', 'zk1.example.internal', '2001:db8::', '2001:DB8:0:0:8:800:200C:417A', '1:2:3:4:5:6:1.2.3.4', ':1', '1:', 'g::1',
  ];
  it('on chosen addresses', () => {
    for (const s of samples) expect(isIP(s), s).toBe(nodeIsIP(s));
  });
  it('on generated ones', () => {
    const hexGroup = fc.stringMatching(/^[0-9a-fA-F]{0,5}$/);
    const v6ish = fc.array(fc.oneof(hexGroup, fc.constant(''), fc.constant('1.2.3.4')), { minLength: 1, maxLength: 10 }).map((g) => g.join(':'));
    const v4ish = fc.array(fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('', '00', '01', 'a')), { minLength: 1, maxLength: 5 }).map((g) => g.join('.'));
    fc.assert(
      fc.property(fc.oneof(v6ish, v4ish, fc.string({ maxLength: 12 })), (s) => {
        expect(isIP(s)).toBe(nodeIsIP(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('playground Buffer shim = Buffer, for what the library does with it', () => {
  it('latin1 and utf8 both ways, and views of existing bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (text, bytes) => {
        const latin1 = [...text].map((c) => String.fromCharCode(c.charCodeAt(0) & 0xff)).join('');
        expect([...ShimBuffer.from(latin1, 'latin1')]).toEqual([...Buffer.from(latin1, 'latin1')]);
        expect([...ShimBuffer.from(text, 'utf8')]).toEqual([...Buffer.from(text, 'utf8')]);
        expect(ShimBuffer.from(bytes).toString('latin1')).toBe(Buffer.from(bytes).toString('latin1'));
        expect(ShimBuffer.from(bytes).toString('utf8')).toBe(Buffer.from(bytes).toString('utf8'));
        const view = ShimBuffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
        expect(view.toString('latin1')).toBe(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
      }),
      { numRuns: 200 },
    );
  });
});
