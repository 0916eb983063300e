// `npm run build:playground`: the browser playground in dist/playground/ (index.html, app.js,
// style.css), a static folder that works from file:// and offline. The library is bundled from its
// TypeScript sources for the browser: `node:path` and `node:net` get small browser versions
// (playground/shims/, compared with Node's by test/playground-shims.test.ts), the node-only parts
// (nodeFileSystem, baselines, report writing) get stubs that throw if ever reached, and `Buffer` /
// `process` are injected. `--no-check` skips the type check of playground/ (tsc).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'playground');
const out = join(root, 'dist', 'playground');
const shims = join(src, 'shims');

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  console.error('build:playground needs the dev dependencies (esbuild): run npm ci');
  process.exit(2);
}

if (!process.argv.includes('--no-check')) {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(src, 'tsconfig.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const unavailable = join(shims, 'unavailable.ts');
const result = await build({
  entryPoints: [join(src, 'src', 'app.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  // A classic script, not a module: Chromium refuses module scripts from file:// pages.
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16.4'],
  minify: true,
  legalComments: 'none',
  metafile: true,
  // `import text from './file?raw'` (as Vite, which runs the unit tests, reads it): the file as a string.
  plugins: [
    {
      name: 'raw',
      setup(b) {
        b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: join(a.resolveDir, a.path.slice(0, -'?raw'.length)), namespace: 'raw' }));
        b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
      },
    },
  ],
  alias: {
    'node:path': join(shims, 'path.ts'),
    'node:net': join(shims, 'net.ts'),
    'node:fs': unavailable,
    'node:crypto': unavailable,
    'node:module': unavailable,
    'node:url': unavailable,
  },
  inject: [join(shims, 'globals.ts')],
  define: {
    'import.meta.url': '"file:///zklint-playground/"',
    __ZKLINT_VALIDATOR__: '"none"',
  },
  logLevel: 'warning',
});
const nodeOnly = Object.keys(result.metafile.inputs).filter((f) => /(^|\/)src\/(cli|lsp|baseline|config)\//.test(f) || /write-atomic/.test(f));
if (nodeOnly.length) throw new Error(`the playground bundle pulled in node-only code: ${nodeOnly.join(', ')}`);
for (const f of ['index.html', 'style.css']) copyFileSync(join(src, f), join(out, f));
writeFileSync(join(out, 'README.txt'), 'zklint playground: open index.html in a browser (file:// works), or serve this folder as static files. Nothing is sent anywhere.\n');
const kb = (f) => (statSync(join(out, f)).size / 1024).toFixed(0);
console.log(`dist/playground: index.html, app.js (${kb('app.js')} KB), style.css (${kb('style.css')} KB)`);
