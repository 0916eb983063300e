/**
 * The CLI's own process, tuned for a large input. V8 makes new objects in a young generation that
 * starts at 1 MB a semi-space and doubles, up to 16 MB, whenever much of what a run makes
 * survives; a lint's model survives to the end of the run, so on a config of a few MB the young
 * generation grows to its limit and holds ~15-60 MB of RSS that does no work (the CLI's peak RSS on
 * the bench's hostile inputs: 100,000 server lines 162 → 135 MB, 500,000 unknown keys 229 → 185 MB,
 * 14 MB of `{{` 137 → 123 MB, the same lint times). From 64 KiB of input on, the CLI keeps the
 * young generation at its first size. The flag must be set before the input is parsed (set after,
 * the young generation has already grown), so it is decided from the sizes of the files about to be
 * read.
 *
 * Only the CLI does this, in its own process: the library never sets a V8 flag in its host's
 * process. It is not done for small inputs, whose young generation never grows: loading node:v8
 * costs a start ~4 ms. The code cache is not affected: V8 checks the flags when the bundle is
 * compiled, before any input is read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Inputs of this many bytes (together) or more get a young generation that stays small. At 1 MB,
 * a config just under it had cost more RSS than one three times its size (1 MB of server lines:
 * ~80 MB, tuned ~70 MB); below 64 KiB a lint is too short for the young generation to grow, and a
 * start would pay for node:v8.
 */
export const LARGE_INPUT_BYTES = 64 * 1024;

let tuned = false;

/** Keeps the young generation at its first size from now on (once per process). */
export async function keepYoungGenerationSmall(): Promise<void> {
  if (tuned) return;
  tuned = true;
  const v8 = await import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

/** The bytes of the regular files among `files` (relative to `cwd`); files that cannot be read count 0. */
export function totalBytes(files: readonly string[], cwd: string): number {
  let total = 0;
  for (const f of files) {
    try {
      const st = fs.statSync(path.resolve(cwd, f));
      if (st.isFile()) total += st.size;
    } catch {
      // Not there or not readable: linting it reports why.
    }
    if (total >= LARGE_INPUT_BYTES) break;
  }
  return total;
}
