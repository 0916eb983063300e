import { defineRule } from '../src/rule.js';
import type { ZkModel } from '../src/model/zk-model.js';
import type { DirFacts } from '../src/model/data-dir.js';
import { version2Path } from '../src/model/data-files.js';

/** Boolean.parseBoolean of zookeeper.datadir.autocreate (zoo.cfg key datadir.autocreate or -D); default true. */
export function autocreateEnabled(model: ZkModel): boolean {
  const v = model.systemProps.get('zookeeper.datadir.autocreate');
  return v === undefined || v.toLowerCase() === 'true';
}

/** `<dir>/version-2` does not exist, as far as zklint can see (never guessed). */
function version2Missing(f: DirFacts): boolean {
  if (f.state === 'absent' || f.state === 'not-directory') return true;
  return f.state === 'present' && f.version2 === undefined && !(f.entries ?? []).includes('version-2');
}

/** With automatic creation disabled, version-2 must already exist in both directories. */
export default defineRule({
  id: 'datadir-autocreate-disabled',
  severity: 'error',
  docs: { description: 'datadir.autocreate is not true and <dataDir>/version-2 (or <dataLogDir>/version-2) does not exist.', versions: '3.5+' },
  zookeeper: { effect: 'fatal' },
  check({ model, report }) {
    if (autocreateEnabled(model)) return;
    const setting = model.static.effective.get('datadir.autocreate');
    const value = model.systemProps.get('zookeeper.datadir.autocreate');
    const logFacts = model.dataLogDir ?? model.dataDir;
    const pairs = [
      { key: 'dataLogDir', facts: logFacts, word: 'data' },
      { key: 'dataDir', facts: model.dataDir, word: 'snap' },
    ];
    if (!model.dataLogDir) pairs.pop();
    for (const { facts, word } of pairs) {
      if (!facts || !version2Missing(facts)) continue;
      const occ = model.static.effective.get(facts === model.dataDir ? 'dataDir' : 'dataLogDir');
      if (!occ) continue;
      const v2 = version2Path(facts.zkPath);
      const says = `Missing ${word} directory ${v2}`;
      report({
        at: { occ, part: 'value' },
        message:
          `${setting ? `datadir.autocreate=${setting.value}` : `-Dzookeeper.datadir.autocreate=${value}`} disables automatic creation (anything but "true" counts as false), ` +
          `and ${v2} does not exist: ZooKeeper needs version-2 itself, not just ${facts.zkPath}. It refuses to start (exit code 3, "${says}, automatic data directory creation is disabled").`,
        hint: `Create it first (mkdir -p ${v2}, owned by the ZooKeeper user), or set datadir.autocreate=true.`,
        ...(setting ? { related: [{ at: { occ: setting }, message: 'automatic creation disabled here' }] } : {}),
        zookeeper: { effect: 'fatal', says },
      });
    }
  },
});
