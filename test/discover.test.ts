/**
 * The folder search (src/cli/discover.ts walkFolder) against what fast-glob listed for it before,
 * on generated trees: hidden names, node_modules, symbolic links to files and folders, FIFOs,
 * folders named like configs, names that differ only in case.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isCandidate, walkFolder } from '../src/cli/discover.js';

const fastGlob = createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob');
const PATTERNS = ['**/zoo.cfg', '**/zookeeper.properties', '**/*.cfg', '**/*.yml', '**/*.yaml'];
const GLOB_OPTIONS = { ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, followSymbolicLinks: false, suppressErrors: true };

const NAMES = ['zoo.cfg', 'a.cfg', 'A.CFG', '.cfg', '.hidden.cfg', 'zookeeper.properties', 'x.yml', 'x.yaml', 'x.YAML', 'readme', 'cfg', 'node_modules', '.git', 'sub', 'b.cfg.bak', 'z.cfg'];
type Kind = 'file' | 'dir' | 'link-file' | 'link-dir' | 'fifo' | 'dangling';
interface Node {
  name: string;
  kind: Kind;
  children: Node[];
}
const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    name: fc.constantFrom(...NAMES),
    kind: fc.constantFrom<Kind>('file', 'file', 'file', 'dir', 'dir', 'link-file', 'link-dir', 'fifo', 'dangling'),
    children: depth > 1 ? fc.array(node(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

const scratch = mkdtempSync(join(tmpdir(), 'zklint-discover-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;

function make(dir: string, nodes: readonly Node[], target: { file: string; dir: string }): void {
  const seen = new Set<string>();
  for (const x of nodes) {
    if (seen.has(x.name)) continue;
    seen.add(x.name);
    const p = join(dir, x.name);
    if (x.kind === 'dir') {
      mkdirSync(p);
      make(p, x.children, target);
    } else if (x.kind === 'file') writeFileSync(p, 'tickTime=2000\n');
    else if (x.kind === 'link-file') symlinkSync(target.file, p);
    else if (x.kind === 'link-dir') symlinkSync(target.dir, p);
    else if (x.kind === 'dangling') symlinkSync(join(dir, 'no-such-file'), p);
    else execFileSync('mkfifo', [p]);
  }
}

describe('walkFolder', () => {
  it('lists exactly what fast-glob listed for the folder patterns, on generated trees', () => {
    fc.assert(
      fc.property(fc.array(node(3), { maxLength: 6 }), (tree) => {
        const base = join(scratch, String(n++));
        const root = join(base, 'root');
        mkdirSync(root, { recursive: true });
        // Link targets outside the tree, holding configs that a followed link would reveal.
        const outside = join(base, 'outside');
        mkdirSync(outside);
        writeFileSync(join(outside, 'zoo.cfg'), 'tickTime=2000\n');
        make(root, tree, { file: join(outside, 'zoo.cfg'), dir: outside });
        const ours = walkFolder(root, isCandidate).sort();
        const theirs = fastGlob.sync(PATTERNS, { cwd: root, ...GLOB_OPTIONS }).sort();
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 150 },
    );
  });

  it('finds configs at every depth and skips hidden folders and node_modules', () => {
    const root = join(scratch, 'fixed');
    for (const d of ['a/b/c', '.hidden', 'node_modules/x', 'a/node_modules']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['zoo.cfg', 'a/b/c/zookeeper.properties', 'a/b/x.yaml', '.hidden/zoo.cfg', 'node_modules/x/zoo.cfg', 'a/node_modules/zoo.cfg', 'a/notes.txt']) writeFileSync(join(root, f), '');
    expect(walkFolder(root, isCandidate).sort()).toEqual(['a/b/c/zookeeper.properties', 'a/b/x.yaml', 'zoo.cfg']);
  });
});
