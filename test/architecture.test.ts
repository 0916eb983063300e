/**
 * The flow runs one way: load → model → engine → presentation. These import rules are checked on
 * the source, so a change that tangles the layers fails here rather than in review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every module a file imports (static, re-exports and dynamic), resolved to a path from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2]) as string);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)));
}

const offenders = (files: string[], banned: RegExp) => files.flatMap((f) => importsOf(f).filter((i) => banned.test(i)).map((i) => `${f} imports ${i}`));

describe('layers', () => {
  it('the engine imports no rule, formatter, command, language server or playground', () => {
    expect(offenders(tsFiles('src/engine'), /^(rules\/|src\/(format|cli|lsp)\/|playground\/)/)).toEqual([]);
  });
  it('one module names the built-in rules: every other file of the library gets them as a registry', () => {
    const lib = [...tsFiles('src'), ...tsFiles('rules')].filter((f) => !f.startsWith('rules/'));
    const importers = lib.filter((f) => importsOf(f).some((i) => i.startsWith('rules/')));
    expect(importers).toEqual(['src/builtin-registry.ts']);
  });
  it('the pipelines and the linter factory reach the built-in rules only through the registry they are given', () => {
    const pipeline = ['src/lint.ts', 'src/linter.ts', ...tsFiles('src/ensemble'), ...tsFiles('src/containers'), ...tsFiles('src/fix'), ...tsFiles('src/engine')];
    expect(offenders(pipeline, /^(rules\/|src\/builtin-registry)/)).toEqual([]);
  });
  it('the model and the loader import no rule, engine or presentation', () => {
    expect(offenders([...tsFiles('src/model'), ...tsFiles('src/load')], /^(rules\/|src\/(engine|format|cli|lsp)\/|playground\/)/)).toEqual([]);
  });
  it('rules import no engine internals, formatter, command or language server', () => {
    expect(offenders(tsFiles('rules'), /^src\/(engine|format|cli|lsp)\//)).toEqual([]);
  });
  it('the model does not import the loader except for the types of the facts it is handed', () => {
    const valueImports = tsFiles('src/model').flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/(?:^|\n)import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/g)]
        .map((m) => relative(ROOT, resolve(ROOT, dirname(f), m[1] as string)))
        // The properties lexer is pure text → entries (no I/O); it lives with the loader that feeds it.
        .filter((i) => i.startsWith('src/load/') && i !== 'src/load/properties.js')
        .map((i) => `${f} imports ${i}`),
    );
    expect(valueImports).toEqual([]);
  });
  it('the library names no command-line flag outside the command (comments aside)', () => {
    const lib = [...tsFiles('src'), ...tsFiles('rules')].filter((f) => !f.startsWith('src/cli/'));
    const code = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const named = lib.filter((f) => /--(on-host|max-file-size|root|myid|jvm-flag|zk-version)\b/.test(code(f)));
    expect(named).toEqual([]);
  });
});
