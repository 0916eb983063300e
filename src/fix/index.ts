/**
 * Fixing configs with the library: `fixText` for text in memory, `fixFiles` for files read through
 * the `FileSystem` seam. Both only compute the fixed text; writing it is the caller's business
 * (the command writes under --fix through src/util/write-atomic.ts).
 */
import type { Diagnostic, DiagnosticFix, FileResult } from '../diagnostic.js';
import type { FileSystem } from '../fs.js';
import { nodeFileSystem } from '../fs.js';
import type { LintOptions } from '../options.js';
import { lintFile, lintText, resolveAll } from '../lint.js';
import type { RuleRegistry } from '../engine/registry.js';
import { decodeLatin1 } from '../load/source.js';
import { resolveFrom } from '../util/join.js';
import { encodeLatin1 } from './apply.js';
import { fixLoop, type FixLoopOptions } from './loop.js';

export { applyFixes, applyEdits, encodeLatin1, type ApplyResult } from './apply.js';
export { fixLoop, DEFAULT_MAX_PASSES, type FixLoopOptions, type FixLoopResult } from './loop.js';

export type FixOptions = LintOptions & FixLoopOptions;

export interface FixedText {
  /** The fixed text (Latin-1 decoded, like the input). */
  text: string;
  /** Its bytes: the input's bytes with only the edits changed. */
  bytes: Uint8Array;
  applied: DiagnosticFix[];
  /** The findings that remain after fixing. */
  results: FileResult[];
  converged: boolean;
}

/** Fixes config text held in memory (`filePath` names it in findings, as for `lintText`). */
export function fixText(reg: RuleRegistry, input: string | Uint8Array, options: FixOptions & { filePath?: string } = {}): FixedText {
  const file = options.filePath ?? '<text>';
  const text = typeof input === 'string' ? input : decodeLatin1(input);
  let last: FileResult[] = [];
  const r = fixLoop(
    new Map([[file, text]]),
    (texts) => {
      last = lintText(reg, encodeLatin1(texts.get(file) as string), { ...options, filePath: file });
      return last.flatMap((x) => x.diagnostics);
    },
    options,
  );
  const fixed = r.texts.get(file) as string;
  return { text: fixed, bytes: encodeLatin1(fixed), applied: r.applied, results: last, converged: r.converged };
}

export interface FixedFile {
  /** The path as given. */
  file: string;
  /** Where it is read from (resolved against `cwd`). */
  hostPath: string;
  before: Uint8Array;
  after: Uint8Array;
  applied: DiagnosticFix[];
}

export interface FixedFiles {
  /** Only files that changed. */
  changed: FixedFile[];
  applied: number;
  /** The findings of the fixed files (read through the fixes, not from disk). */
  results: FileResult[];
  /** Findings that still carry a fix of the requested kind (overlapping, or on a file not being fixed). */
  fixableLeft: Diagnostic[];
  converged: boolean;
}

/** A file system that shows the fixed texts in place of the files being fixed (and the disk elsewhere). */
function overlay(base: FileSystem, texts: ReadonlyMap<string, string>, hostOf: ReadonlyMap<string, string>): FileSystem {
  const byHost = new Map<string, Uint8Array>();
  for (const [file, text] of texts) byHost.set(hostOf.get(file) as string, encodeLatin1(text));
  return {
    stat: (p) => {
      const b = byHost.get(p);
      return b ? { kind: 'file', size: b.length } : base.stat(p);
    },
    readFile: (p, maxBytes) => {
      const b = byHost.get(p);
      if (!b) return base.readFile(p, maxBytes);
      return b;
    },
    readDir: (p) => base.readDir(p),
  };
}

/**
 * Fixes config files (read through `options.fs`): each file is linted alone (per-file rules) and
 * fixed until nothing applies. Returns the new bytes; writes nothing.
 */
export function fixFiles(reg: RuleRegistry, files: readonly string[], options: FixOptions = {}): FixedFiles {
  const fs = options.fs ?? nodeFileSystem;
  const cwd = options.cwd ?? process.cwd();
  const resolved = resolveAll(reg, options);
  const changed: FixedFile[] = [];
  const results: FileResult[] = [];
  const fixableLeft: Diagnostic[] = [];
  let applied = 0;
  let converged = true;
  for (const file of files) {
    const hostPath = resolveFrom(cwd, file);
    let before: Uint8Array;
    try {
      const st = fs.stat(hostPath);
      if (st?.kind !== 'file') throw new Error('not a file');
      before = fs.readFile(hostPath, options.maxFileBytes);
    } catch {
      results.push(...lintFile(reg, file, options, resolved)); // says why it cannot be read
      continue;
    }
    const hostOf = new Map([[file, hostPath]]);
    let last: FileResult[] = [];
    const r = fixLoop(
      new Map([[file, decodeLatin1(before)]]),
      (texts) => {
        last = lintFile(reg, file, { ...options, fs: overlay(fs, texts, hostOf) }, resolved);
        return last.flatMap((x) => x.diagnostics);
      },
      options,
    );
    results.push(...last);
    for (const x of last) for (const d of x.diagnostics) if (d.fix && (d.fix.safe || options.unsafe)) fixableLeft.push(d);
    converged &&= r.converged;
    applied += r.applied.length;
    if (r.applied.length > 0) {
      const after = encodeLatin1(r.texts.get(file) as string);
      if (!Buffer.from(after).equals(Buffer.from(before))) changed.push({ file, hostPath, before, after, applied: r.applied });
    }
  }
  return { changed, applied, results, fixableLeft, converged };
}
