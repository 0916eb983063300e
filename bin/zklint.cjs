#!/usr/bin/env node
'use strict';
/**
 * The zklint command. It starts the CLI bundle (dist/cli/zklint.cjs, made by scripts/bundle.mjs)
 * with the V8 code cache made for it at build time, so a start neither parses the bundle's
 * JavaScript nor compiles the rules a run needs. V8 rejects a cache made by another Node version
 * (then the bundle compiles as usual, only slower). Without a bundle (built without esbuild), it
 * runs tsc's unbundled CLI, dist/src/cli/main.js.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'zklint.cjs');

function read(file, encoding) {
  try {
    return fs.readFileSync(file, encoding);
  } catch {
    return undefined;
  }
}

const source = read(bundle, 'utf8');
if (source === undefined) {
  const main = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
  import(require('node:url').pathToFileURL(main).href).catch((e) => {
    process.stderr.write(`zklint: cannot start (${e && e.message}); build it with npm run build\n`);
    process.exitCode = 2;
  });
} else {
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: read(`${bundle}.cache`) });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}
