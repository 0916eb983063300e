#!/usr/bin/env node
'use strict';
/**
 * The zklint command. It starts the CLI bundle (dist/cli/zklint.cjs, made by scripts/bundle.mjs)
 * with the V8 code cache made for it at build time, so a start neither parses the bundle's
 * JavaScript nor compiles the rules a run needs. V8 rejects a cache made by another Node version
 * or under other V8 flags (the bundle then compiles as usual, only slower); V8 compares only the
 * bundle's length, so a cache older than the bundle (the bundle was edited) is not offered at all.
 * Without a bundle, or when tsc's CLI is newer than it (a tsc-only build), it runs
 * dist/src/cli/main.js unbundled.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'cli', 'zklint.cjs');
const unbundled = path.join(dist, 'src', 'cli', 'main.js');

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/** Runs a CommonJS bundle as a script (so V8 can take `cachedData`); returns the script. */
function runBundle(file, cachedData) {
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return script;
}
function start() {
  const bundleTime = mtime(bundle);
  if (bundleTime === undefined || (mtime(unbundled) ?? 0) > bundleTime) {
    import(require('node:url').pathToFileURL(unbundled).href).catch((e) => {
      process.stderr.write(`zklint: cannot start (${e && e.message}); build it with npm run build\n`);
      process.exitCode = 2;
    });
    return;
  }
  const cacheTime = mtime(`${bundle}.cache`);
  runBundle(bundle, cacheTime !== undefined && cacheTime >= bundleTime ? fs.readFileSync(`${bundle}.cache`) : undefined);
}

module.exports = { runBundle }; // scripts/code-cache.cjs runs the bundle the same way
if (require.main === module) start();
