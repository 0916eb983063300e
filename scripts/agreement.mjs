#!/usr/bin/env node
// `npm run agreement -- ...`: builds test/agreement/cli.ts with esbuild (dependencies stay
// external) into node_modules/.cache/zklint-agreement/ and runs it with the same arguments.
// With ZKLINT_HELDOUT_DIR set and no arguments, scores that directory as before (vitest suite).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (process.env.ZKLINT_HELDOUT_DIR && args.length === 0) {
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.agreement.config.ts'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const outDir = join(root, 'node_modules', '.cache', 'zklint-agreement');
mkdirSync(outDir, { recursive: true });
// One bundle per run: several runs (versions, worktrees) may build at once.
const outfile = join(outDir, `cli-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, 'test/agreement/cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // The oracle finds its Java sources next to its own module: keep import.meta.url pointing there.
  define: { 'import.meta.url': 'globalThis.__zklintModuleUrl' },
  banner: { js: `globalThis.__zklintModuleUrl = ${JSON.stringify('file://' + join(root, 'test/oracle/oracle.ts'))};` },
});
const r = spawnSync(process.execPath, [outfile, ...args], { cwd: root, stdio: 'inherit' });
rmSync(outfile, { force: true });
process.exit(r.status ?? 1);
