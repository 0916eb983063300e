/**
 * zklint survives every real-world file in ../shared/corpus/real (configs, dynamic files,
 * templates, renders written by other people): a result for each, never an exception.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/index.js';
import { sharedDir, skipWithoutShared } from './support/prereq.js';

const CORPUS = join(sharedDir() ?? '../shared', 'corpus/real');

function index(): Array<{ file: string; kind: string; notes: string }> {
  const rows = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((r) => {
    const [file, , , , kind, notes] = r.split('\t');
    return { file: file as string, kind: kind as string, notes: notes ?? '' };
  });
}

describe.skipIf(skipWithoutShared())('real-world corpus', () => {
  it('is present beside the repository', () => {
    expect(existsSync(CORPUS), `expected the shared corpus at ${CORPUS}`).toBe(true);
  });
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f !== 'INDEX.tsv') : [];
  it('lints every file without crashing', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const results = lintFile(join(CORPUS, f), {});
      expect(results.length, f).toBeGreaterThan(0);
      for (const d of results.flatMap((r) => r.diagnostics)) {
        expect(d.line, `${f}: ${d.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(d.column, `${f}: ${d.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(typeof d.message).toBe('string');
      }
    }
  });
  it('every indexed file exists', () => {
    for (const row of index()) expect(existsSync(join(CORPUS, row.file)), row.file).toBe(true);
  });
});
