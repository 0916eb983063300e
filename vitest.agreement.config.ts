import { defineConfig } from 'vitest/config';

/** `npm run agreement`: score zklint on an external labelled set (ZKLINT_HELDOUT_DIR). */
export default defineConfig({
  test: {
    include: ['test/mutation/heldout.agreement.ts'],
    testTimeout: 60_000,
    hookTimeout: 1_800_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
