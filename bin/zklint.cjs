#!/usr/bin/env node
'use strict';
/**
 * The zklint CLI entry, started by bin/zklint (the installed command, a shell script that passes
 * the arguments in ZKLINT_ARGC / ZKLINT_ARG_<i> so that Node never parses one), or directly as
 * `node bin/zklint.cjs ARGS` in a checkout. It refuses to run when Node itself took options
 * (process.execArgv), and, when started directly, when an argument is one Node 20+ reads even
 * after the script name (--env-file...): Node has acted on those before any of zklint runs.
 *
 * It starts the CLI bundle (dist/cli/zklint.cjs, made by scripts/bundle.mjs) with the V8 code
 * cache made for it at build time, so a start neither parses the bundle's JavaScript nor compiles
 * the rules a run needs. Which cache belongs to which bundle is decided by the build id that
 * scripts/bundle.mjs writes into both (a content hash of the bundle), never by file times: npm
 * gives every installed file the install time. V8 itself rejects a cache made by another Node
 * version or under other V8 flags (the bundle then compiles as usual, only slower). Without a
 * bundle it runs tsc's dist/src/cli/main.js unbundled; in a source checkout (src/cli/main.ts
 * beside dist/), where file times are the developer's, tsc's CLI also runs when it is newer than
 * the bundle (a tsc-only build), and a cache older than the bundle (edited by hand) is not used.
 * ZKLINT_DEBUG_START=1 prints the path taken to stderr.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { isAscii } = require('node:buffer');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'cli', 'zklint.cjs');
const unbundled = path.join(dist, 'src', 'cli', 'main.js');

/** The first line of a bundle made by scripts/bundle.mjs: `//zklint-build:<id>`. */
const BUILD_MARK = '//zklint-build:';
/**
 * A code cache file starts with the build id of the bundle it was made from, padded with spaces to
 * a line of 40 bytes: V8 copies cached data that does not start on an 8-byte boundary (another
 * half megabyte of fresh memory at every start).
 */
function cacheHead(id) {
  return Buffer.from(`${id.padEnd(39, ' ')}\n`, 'latin1');
}

/** The build id in a bundle's first line, or undefined. */
function buildIdOf(text) {
  if (!text.startsWith(BUILD_MARK)) return undefined;
  const end = text.indexOf('\n');
  return end < 0 ? undefined : text.slice(BUILD_MARK.length, end);
}

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};
const debug = (what) => {
  if (process.env.ZKLINT_DEBUG_START === '1') process.stderr.write(`zklint start: ${what}\n`);
};

/**
 * Reads `file` into `buf` (or a larger buffer when it does not fit); returns the buffer and the
 * number of bytes read, or undefined when the file cannot be read.
 */
function readInto(file, buf) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (buf === undefined || buf.length < size + 1) buf = Buffer.allocUnsafeSlow(Math.max(size + 1, buf === undefined ? 0 : buf.length));
    let n = 0;
    for (let got; n < buf.length && (got = fs.readSync(fd, buf, n, buf.length - n, n)) > 0; ) n += got;
    // Grown since fstat: read it whole the usual way.
    if (n === buf.length) {
      const whole = fs.readFileSync(file);
      return { buf: whole, n: whole.length };
    }
    return { buf, n };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The bundle's text and, when one was made for this build, its code cache. Both go through one
 * buffer, sized for the larger of the two: every page of memory a start touches for the first time
 * costs it (about 10 microseconds on the machines measured), and the cache's bytes are needed only
 * after the text has been copied into V8.
 */
function readBundle() {
  let cacheSize = -1;
  try {
    cacheSize = fs.statSync(`${bundle}.cache`).size;
  } catch {
    // no cache
  }
  const read = readInto(bundle, cacheSize > 0 ? Buffer.allocUnsafeSlow(cacheSize + 1) : undefined);
  if (read === undefined) return {};
  const { buf, n } = read;
  // scripts/bundle.mjs makes the bundle pure ASCII, so Latin-1 decodes it exactly (and fast); a bundle
  // edited by hand may not be.
  const bytes = buf.subarray(0, n);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const id = buildIdOf(text);
  if (id === undefined || cacheSize <= 0) return { text, id };
  const cached = readInto(`${bundle}.cache`, buf);
  if (cached === undefined) return { text, id };
  const head = cacheHead(id);
  const ok = cached.n > head.length && cached.buf.subarray(0, head.length).equals(head);
  return { text, id, cache: ok ? cached.buf.subarray(head.length, cached.n) : undefined };
}

/** Runs a CommonJS bundle as a script (so V8 can take `cachedData`); returns the script. */
function runBundle(file, cachedData, text = fs.readFileSync(file, 'utf8')) {
  // The text is the CommonJS function itself (scripts/bundle.mjs writes the wrapper).
  const script = new vm.Script(text, { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return script;
}

/** Options Node reads from anywhere on its command line (Node 20: --env-file; later: more). */
const NODE_READS = /^--(env-file|env-file-if-exists|experimental-|inspect|require|import|loader|experimental-loader|conditions|watch|test)/;

/** The user's arguments, or a reason to refuse. */
function userArgs() {
  const argc = process.env.ZKLINT_ARGC;
  if (argc !== undefined) {
    // From bin/zklint: Node saw no argument but this script.
    const n = /^\d{1,7}$/.test(argc) ? Number(argc) : -1;
    const args = [];
    for (let i = 0; i < n; i++) {
      const a = process.env[`ZKLINT_ARG_${i}`];
      if (a === undefined) return { refuse: 'the argument list from bin/zklint is incomplete' };
      args.push(a);
      delete process.env[`ZKLINT_ARG_${i}`];
    }
    delete process.env.ZKLINT_ARGC;
    if (n < 0 || process.argv.length > 2) return { refuse: 'the argument list from bin/zklint is malformed' };
    return { args };
  }
  const args = process.argv.slice(2);
  const end = args.indexOf('--');
  const risky = (end < 0 ? args : args.slice(0, end)).find((a) => NODE_READS.test(a));
  if (risky !== undefined) {
    return {
      refuse: `Node itself reads ${JSON.stringify(risky.split('=')[0])} when it is given to "node bin/zklint.cjs"; run the zklint command (bin/zklint), which hands every argument to zklint alone${risky.startsWith('--env-file') ? ', or use --java-env' : ''}`,
    };
  }
  return { args };
}

function start() {
  if (process.execArgv.length > 0) {
    process.stderr.write(`zklint: refusing to run: Node was started with options of its own (${process.execArgv.map((a) => JSON.stringify(a)).join(' ')}); run the zklint command\n`);
    process.exitCode = 2;
    return;
  }
  const got = userArgs();
  if (got.refuse !== undefined) {
    process.stderr.write(`zklint: refusing to run: ${got.refuse}\n`);
    process.exitCode = 2;
    return;
  }
  process.argv = [process.argv[0], bundle, ...got.args];
  const checkout = fs.existsSync(path.join(root, 'src', 'cli', 'main.ts'));
  const { text, id, cache: fromFile } = readBundle();
  const bundleTime = checkout && id !== undefined ? mtime(bundle) : undefined;
  if (id === undefined || (checkout && (mtime(unbundled) ?? 0) > bundleTime)) {
    debug('unbundled');
    process.argv[1] = unbundled;
    import(require('node:url').pathToFileURL(unbundled).href).catch((e) => {
      process.stderr.write(`zklint: cannot start (${e && e.message}); build it with npm run build\n`);
      process.exitCode = 2;
    });
    return;
  }
  let cache = fromFile;
  if (cache !== undefined && checkout && (mtime(`${bundle}.cache`) ?? 0) < bundleTime) cache = undefined;
  const script = runBundle(bundle, cache, text);
  debug(cache === undefined ? 'bundle, no code cache' : script.cachedDataRejected ? 'bundle, code cache rejected by V8' : 'bundle, code cache');
}

module.exports = { runBundle, buildIdOf, cacheHead }; // scripts/code-cache.cjs runs the bundle the same way
if (require.main === module) start();
