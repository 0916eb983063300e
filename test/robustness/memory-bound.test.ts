/**
 * Memory grows with the input, by a bounded factor: each pathological input of `npm run bench`
 * (bench/hostile.js, at half its size) is linted and reported in the formats that read line text
 * by the bench's own child process, in a Node whose old generation may not grow past 16 MB + 6 bytes
 * per input byte. V8 aborts the process when the live objects need more than that, so a model that
 * grew super-linearly, or kept ~100 bytes per input byte as it once did, fails here. Least old
 * generation each input ran in, as 16 MB + k x its size (2026-12-07, later: after a large text's
 * entries came to slice their keys and values from it): k = 2 for 32-byte server lines (2 before;
 * 6, 12 and 14 earlier), 2 for unknown keys (4, 4, 8, 15), 3 for suppression comments (4, 6, 7, 8),
 * 2 for a long value. The bench prints peak RSS, which V8's heap growth puts above that.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE_MB = 16;
const PER_INPUT_BYTE = 6;

// The bench's own child: lints the file and formats it as stylish, sarif, github and gitlab.
const BENCH = join(ROOT, 'bench/hostile.js');

const dir = mkdtempSync(join(tmpdir(), 'zklint-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let inputs: Record<string, () => string> = {};
beforeAll(async () => {
  process.env.HOSTILE_SCALE = '0.5';
  ({ INPUTS: inputs } = (await import('../../bench/hostile.js')) as { INPUTS: Record<string, () => string> });
});

describe(`each pathological input is linted in at most ${BASE_MB} MB + ${PER_INPUT_BYTE}x its size of heap`, () => {
  for (const name of ['server-lines-100k', 'unknown-keys-500k', 'suppressions-300k', 'template-braces-14mb']) {
    it(name, () => {
      const file = join(dir, `${name}.cfg`);
      writeFileSync(file, (inputs[name] as () => string)(), 'latin1');
      const mb = statSync(file).size / 1024 / 1024;
      const cap = Math.ceil(BASE_MB + PER_INPUT_BYTE * mb);
      const r = spawnSync(process.execPath, [`--max-old-space-size=${cap}`, BENCH, '--child', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      rmSync(file);
      const why = `${mb.toFixed(1)} MB of input in a ${cap} MB old generation: ${r.signal ?? r.status} ${r.stderr.split('\n').find((l) => /heap|memory|Error/.test(l)) ?? ''}`;
      expect(r.status, why).toBe(0);
      const { findings } = JSON.parse(r.stdout) as { findings: number };
      expect(findings).toBeGreaterThan(0);
    });
  }
});
