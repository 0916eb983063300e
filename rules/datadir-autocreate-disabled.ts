import { defineRule } from '../src/rule.js';
import type { ZkModel } from '../src/model/zk-model.js';
import type { DirFacts } from '../src/model/data-dir.js';
import { version2Path } from '../src/model/data-files.js';
import { atLeast } from '../src/model/version.js';
import { javaParseBoolean } from '../src/model/java.js';

/**
 * Boolean.parseBoolean(System.getProperty("zookeeper.datadir.autocreate", "true")) (zoo.cfg key
 * datadir.autocreate or -D). 3.4 has no such switch: it always creates the directories.
 */
export function autocreateEnabled(model: ZkModel): boolean {
  if (!atLeast(model.version, '3.5')) return true;
  return javaParseBoolean(model.systemProps.get('zookeeper.datadir.autocreate') ?? 'true');
}

/** `<dir>/version-2` does not exist, as far as zklint can see (never guessed). */
function version2Missing(f: DirFacts): boolean {
  if (f.state === 'absent' || f.state === 'not-directory' || f.state === 'invalid-path') return true;
  return f.state === 'present' && f.version2 === undefined && !(f.entries ?? []).includes('version-2');
}

type Missing = {
  /** The datadir.autocreate line's value, when the setting is in zoo.cfg (else it came from -D). */
  setting?: string;
  value: string;
  path: string;
  version2: string;
  word: 'data' | 'snap';
};

const says = ({ word, version2 }: Missing) => `Missing ${word} directory ${version2}`;

/** With automatic creation disabled, version-2 must already exist in both directories. */
export default defineRule({
  id: 'datadir-autocreate-disabled',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'datadir.autocreate is not true and <dataDir>/version-2 (or <dataLogDir>/version-2) does not exist.' },
  zookeeper: { effect: 'fatal' },
  messages: {
    missing: (a: Missing) =>
      `${a.setting !== undefined ? `datadir.autocreate=${a.setting}` : `-Dzookeeper.datadir.autocreate=${a.value}`} disables automatic creation (anything but "true" counts as false), ` +
      `and ${a.version2} does not exist: ZooKeeper needs version-2 itself, not just ${a.path}. It refuses to start (exit code 3, "${says(a)}, automatic data directory creation is disabled").`,
    disabledHere: 'automatic creation disabled here',
  },
  hints: {
    missing: ({ version2 }: Missing) => `Create it first (mkdir -p ${version2}, owned by the ZooKeeper user), or set datadir.autocreate=true.`,
  },
  check({ model, report }) {
    if (autocreateEnabled(model)) return;
    const setting = model.static.effective.get('datadir.autocreate');
    const value = model.systemProps.get('zookeeper.datadir.autocreate') as string;
    const pairs: Array<{ facts: DirFacts | undefined; word: 'data' | 'snap' }> = [{ facts: model.dataLogDir ?? model.dataDir, word: 'data' }];
    if (model.dataLogDir) pairs.push({ facts: model.dataDir, word: 'snap' });
    for (const { facts, word } of pairs) {
      if (!facts || !version2Missing(facts)) continue;
      const occ = model.static.effective.get(facts === model.dataDir ? 'dataDir' : 'dataLogDir');
      if (!occ) continue;
      const args: Missing = { setting: setting?.value, value, path: facts.zkPath, version2: version2Path(facts.zkPath), word };
      report({
        messageId: 'missing',
        args,
        at: { occ, part: 'value' },
        related: setting ? [{ at: { occ: setting }, messageId: 'disabledHere' }] : undefined,
        zookeeper: { effect: 'fatal', says: says(args) },
      });
    }
  },
});
