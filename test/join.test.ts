/** The path shortcuts agree with node:path on every input, clean or not. */
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinName, resolveFrom } from '../src/util/join.js';

const segment = fc.constantFrom('', '.', '..', 'var', 'lib', 'zk data', 'a.b', '~');
const pathLike = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean()).map(
  ([abs, segs, trailing]) => (abs ? '/' : '') + segs.join('/') + (trailing ? '/' : ''),
);

describe('path shortcuts', () => {
  it('joinName(dir, name) equals path.join(dir, name)', () => {
    fc.assert(
      fc.property(pathLike, fc.constantFrom('myid', 'version-2', 'zoo.cfg'), (dir, name) => {
        expect(joinName(dir, name)).toBe(path.join(dir, name));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it('resolveFrom(cwd, p) equals path.resolve(cwd, p)', () => {
    fc.assert(
      fc.property(pathLike, (p) => {
        expect(resolveFrom('/work/here', p)).toBe(path.resolve('/work/here', p));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
