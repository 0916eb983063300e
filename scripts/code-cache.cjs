'use strict';
// Build step (scripts/bundle.mjs): `node scripts/code-cache.cjs <bundle> <zklint args...>` runs the
// CLI bundle the way bin/zklint.cjs does, then writes V8's code cache for it to `<bundle>.cache`,
// including every function the run compiled.
const fs = require('node:fs');
const { runBundle, buildIdOf, cacheHead } = require('../bin/zklint.cjs');

const [bundle, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bundle, ...args];
const text = fs.readFileSync(bundle, 'utf8');
const id = buildIdOf(text);
if (id === undefined) throw new Error(`${bundle} has no build id`);
const script = runBundle(bundle, undefined, text);
process.on('exit', (code) => {
  // The lint run's own exit code (1: the example has findings) is not this step's.
  if (code === 2 || code === 78) return;
  // Written beside the bundle, then renamed: never a half-written cache (and its time is after the bundle's).
  // Headed by the bundle's build id: bin/zklint.cjs uses the cache only for that bundle.
  fs.writeFileSync(`${bundle}.cache.tmp`, Buffer.concat([cacheHead(id), script.createCachedData()]));
  fs.renameSync(`${bundle}.cache.tmp`, `${bundle}.cache`);
  process.exitCode = 0;
});
