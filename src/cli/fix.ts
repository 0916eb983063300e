/**
 * --fix, --unsafe-fixes, --fix-dry-run for files on disk: the library computes the fixed bytes
 * (src/fix/), this writes them, atomically, and only inside the linted tree: a file whose real path
 * (symlinks resolved) is outside every folder named on the command line is left alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixFiles } from '../fix/index.js';
import type { RuleRegistry } from '../engine/registry.js';
import type { LintOptions } from '../options.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { unifiedDiff } from './diff.js';
import type { Output } from './output.js';

export interface FixRun {
  /** Fixes written (or, in a dry run, that would be). */
  applied: number;
  /** Files written (or that would be). */
  files: number;
  /** Fixes computed for files zklint will not write (outside the tree, changed meanwhile). */
  refused: number;
}

/** The real folders the run may write in: each folder named, or the folder of each file named. */
export function lintedTreeRoots(paths: readonly string[], cwd: string): string[] {
  const roots: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    try {
      const st = fs.statSync(abs);
      roots.push(fs.realpathSync(st.isDirectory() ? abs : path.dirname(abs)));
    } catch {
      /* a path that is not there has nothing to fix */
    }
  }
  return roots;
}

function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : `${r}${path.sep}`));
}

/** Fixes one group of files (one linter config) and writes them, or prints the diff in a dry run. */
export function fixOnDisk(
  reg: RuleRegistry,
  files: readonly string[],
  options: LintOptions & { unsafe: boolean },
  how: { dryRun: boolean; roots: readonly string[]; cwd: string; out: Output; err: Output },
): FixRun {
  const run: FixRun = { applied: 0, files: 0, refused: 0 };
  const r = fixFiles(reg, files, { ...options, cwd: options.cwd ?? how.cwd });
  for (const f of r.changed) {
    let real: string;
    try {
      real = fs.realpathSync(f.hostPath);
    } catch {
      continue;
    }
    if (!inside(real, how.roots)) {
      how.err.write(`zklint: not fixing ${f.file}: it resolves to ${real}, outside the folders being linted\n`);
      run.refused += f.applied.length;
      continue;
    }
    const name = path.relative(how.cwd, f.hostPath).split(path.sep).join('/');
    if (how.dryRun) {
      how.out.write(Buffer.from(unifiedDiff(name, Buffer.from(f.before).toString('latin1'), Buffer.from(f.after).toString('latin1')), 'latin1'));
    } else {
      // Written only if the file is still what was linted (an editor may have saved it meanwhile).
      const now = fs.readFileSync(real);
      if (!now.equals(Buffer.from(f.before))) {
        how.err.write(`zklint: not fixing ${f.file}: it changed while zklint was reading it\n`);
        run.refused += f.applied.length;
        continue;
      }
      writeFileAtomic(f.hostPath, f.after);
    }
    run.applied += f.applied.length;
    run.files++;
  }
  return run;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
