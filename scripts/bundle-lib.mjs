// Run by `npm run build` after tsc: the library for `require('zklint')`.
//   dist/cjs/index.cjs   tsc's library (dist/src/index.js) and everything it imports, as one
//                        CommonJS file (dependencies stay external: ajv and fast-glob are CommonJS).
//   dist/cjs/**/*.d.cts  tsc's declarations copied as CommonJS declarations (`.js` specifiers
//                        become `.cjs`), so `tsc` checks a `require('zklint')` against the same types.
// `import` still gets tsc's ES modules (dist/src/index.js); both load the same package data.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'cjs');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // Without devDependencies there is no CommonJS entry; a stale one must not stay behind.
  rmSync(outDir, { recursive: true, force: true });
  console.warn('esbuild not installed: no CommonJS build (require("zklint"))');
  process.exit(0);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(root, 'dist/src/index.js')],
  outfile: join(outDir, 'index.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  external: ['*/validate-config.cjs'],
  define: {
    // src/config/load.ts: the precompiled linter-config validator, from this file's folder.
    __ZKLINT_VALIDATOR__: JSON.stringify('../src/config/validate-config.cjs'),
    'import.meta.url': '__zklintModuleUrl',
  },
  banner: { js: 'const __zklintModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // import() becomes require(): a second, ES-module copy of the library must never load.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
});
const text = readFileSync(join(outDir, 'index.cjs'), 'utf8');
if (/\bimport\(/.test(text.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""'))) throw new Error('the CommonJS library still has a dynamic import()');

// Declarations: dist/src and dist/rules → dist/cjs/src and dist/cjs/rules as .d.cts.
const SPECIFIER = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)\.js(['"])/g;
function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    if (entry.isDirectory()) copyDeclarations(src, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) {
      mkdirSync(to, { recursive: true });
      const body = readFileSync(src, 'utf8').replace(SPECIFIER, '$1$2.cjs$3');
      writeFileSync(join(to, entry.name.replace(/\.d\.ts$/, '.d.cts')), body);
    }
  }
}
for (const dir of ['src', 'rules']) copyDeclarations(join(root, 'dist', dir), join(outDir, dir));
// The entry's declarations beside the entry (what `types` in package.json's exports names).
writeFileSync(join(outDir, 'index.d.cts'), `export * from './${relative(outDir, join(outDir, 'src', 'index.cjs')).split('\\').join('/')}';\n`);
