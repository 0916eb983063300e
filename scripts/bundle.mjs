// Run by `npm run build` after tsc: bundles the CLI (tsc's dist/src/cli/main.js and everything it
// imports) into that same file, so a start loads one module instead of ~130 (each a file-system
// lookup, read and compile). The library (dist/src/index.js) and its types stay as tsc wrote them.
// Dependencies (ajv, fast-glob) stay external; the precompiled config validator is loaded at run
// time from dist/src/config/, as the unbundled CLI does.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // Without devDependencies: keep tsc's unbundled CLI, which works the same, only starts slower.
  console.warn('esbuild not installed: the CLI stays unbundled');
  process.exit(0);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'dist/src/cli/main.js');
await build({
  entryPoints: [main],
  outfile: main,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __ZKLINT_VALIDATOR__: JSON.stringify('../config/validate-config.js') },
  logLevel: 'warning',
});
