/** The path shortcuts agree with node:path on every input, clean or not. */
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinName, resolveFrom } from '../src/util/join.js';
import { displayPathFor } from '../src/model/zk-model.js';

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
  it('displayPathFor agrees with its node:path definition', () => {
    const reference = (staticDisplay: string, hostPath: string, zkPath: string) => {
      const dir = path.dirname(staticDisplay);
      const rel = path.relative(path.resolve(dir), hostPath);
      return !rel.startsWith('..') && !path.isAbsolute(rel) ? path.join(dir, rel) : zkPath;
    };
    const name = fc.constantFrom('zoo.cfg', 'zoo.cfg.dynamic.100000000', '..hidden', '.x');
    fc.assert(
      fc.property(pathLike, name, pathLike, name, (d1, n1, d2, n2) => {
        const staticDisplay = `${d1}/${n1}`;
        for (const hostPath of [`${d2}/${n2}`, path.resolve('/', d2, n2), path.resolve('/', d1, n2), path.resolve('/', d1)]) {
          expect(displayPathFor(staticDisplay, hostPath, 'ZK')).toBe(reference(staticDisplay, hostPath, 'ZK'));
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
