// Run by `npm run build` after tsc and generate.mjs. Makes the CLI start fast (bin/zklint.cjs loads
// what this writes):
//   dist/cli/zklint.cjs        tsc's CLI (dist/src/cli/main.js) and everything it imports in one
//                              CommonJS file: one module to load instead of ~130, and no ES module
//                              loader. Dependencies (ajv, fast-glob) stay external.
//   dist/cli/zklint.cjs.cache  V8's code cache for it, taken after linting the bundled example, so a
//                              start skips parsing and compiling what a run uses (scripts/code-cache.cjs).
// The library (dist/src/index.js) and tsc's unbundled CLI stay as tsc wrote them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli', 'zklint.cjs');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // Without devDependencies: bin/zklint.cjs runs tsc's unbundled CLI, which works the same, only
  // starts slower. An older bundle must not stay behind to be run instead.
  rmSync(dirname(out), { recursive: true, force: true });
  console.warn('esbuild not installed: the CLI stays unbundled');
  process.exit(0);
}
mkdirSync(dirname(out), { recursive: true });
rmSync(`${out}.cache`, { force: true });
await build({
  entryPoints: [join(root, 'dist/src/cli/main.js')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  external: ['*/validate-config.cjs'],
  // node:net (for isIP in one rule) loads sockets and streams at every start (~3 ms); the
  // playground's isIP gives Node's answers (test/playground-shims.test.ts compares them).
  alias: { 'node:net': join(root, 'playground', 'shims', 'net.ts') },
  define: {
    // src/config/load.ts: the precompiled validator, required from dist/src/config/ (relative to
    // this bundle) when a linter config exists; kept out of the bundle (~400 KB).
    __ZKLINT_VALIDATOR__: JSON.stringify('../src/config/validate-config.cjs'),
    'import.meta.url': '__zklintModuleUrl',
  },
  banner: { js: 'const __zklintModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // import() becomes require(): the bundle runs as a vm.Script, which has no dynamic-import hook.
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// The text becomes the body of a CommonJS function (below): no shebang line.
let body = readFileSync(out, 'utf8').replace(/^#![^\n]*\n/, '');
// Start-up: `import * as fs from 'node:fs'` becomes `__toESM(require("node:fs"), 1)`, which copies
// every export of the module into a new object, once per importing module (34 copies, ~6 ms a
// start). A namespace of a built-in is used only as `ns.name`, so the module itself serves, unless
// the bundle reads the namespace's synthetic `default`.
body = body.replace(/(?<![\w$])([\w$]+)\s*=\s*__toESM\(require\("(node:[\w/]+)"\),\s*1\)/g, (all, name, mod) =>
  new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\.default\\b`).test(body) ? all : `${name}=require("${mod}")`,
);
// Start-up: a single non-ASCII character (esbuild leaves them in regular expressions) makes V8 hold
// the whole source as two bytes a character and decode it slowly. \uXXXX means the same character in
// string, template and regular-expression literals and in comments; the bundle is then pure ASCII.
body = body.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (/\bimport\(/.test(body.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""'))) throw new Error('the CLI bundle still has a dynamic import()');
// The CommonJS wrapper is part of the file (bin/zklint.cjs compiles the text as it is read): wrapping
// it at each start made V8 flatten a second copy of the bundle, about 110 fresh memory pages, and a
// page touched for the first time costs more than most of what a start runs.
body = `(function (exports, require, module, __filename, __dirname) {${body}\n})`;
// The build id (a hash of the bundle's content) heads the bundle, and scripts/code-cache.cjs heads
// the cache with the id of the bundle it ran: bin/zklint.cjs pairs them by id, not by file times
// (npm gives installed files the install time).
const id = createHash('sha256').update(body).digest('hex').slice(0, 32);
writeFileSync(out, `//zklint-build:${id}\n${body}`);

// The code cache: run the bundle once on the bundled example, then save what V8 compiled.
const tmp = mkdtempSync(join(tmpdir(), 'zklint-code-cache-'));
try {
  const example = join(root, 'examples', 'missing-myid');
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'code-cache.cjs'), out, '--root', example, '--fault-tolerance', '4', '-o', join(tmp, 'out.txt'), join(example, 'zoo.cfg')],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`making the code cache failed: ${r.stderr}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
