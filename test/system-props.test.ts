/**
 * SystemProperties (src/model/system-props.ts) answers from a map made at once for ordinary configs
 * and reads through the config's index for large ones: both must give the same answers as the map
 * ZooKeeper's start-up makes (the -D flags, then every zoo.cfg key it does not consume as zookeeper.<key>).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfigFile } from '../src/model/config-file.js';
import { sourceFromText } from '../src/load/source.js';
import { SystemProperties } from '../src/model/system-props.js';

const KEYS = ['tickTime', 'dataDir', 'authProvider.1', 'authProvider.sasl', 'superUser', 'superUserX', 'admin.serverPort', 'weird key', '', ' padded ', 'server.1', 'zookeeper.x'];
const consumed = (k: string) => k === 'tickTime' || k === 'dataDir' || k.startsWith('server.');

describe('SystemProperties', () => {
  it('read through or made at once, it says what a map of the flags then the config says', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.string({ maxLength: 4 })), { maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom(...KEYS.map((k) => `zookeeper.${k}`), 'java.security.auth.login.config'), fc.string({ maxLength: 4 })), { maxLength: 5 }),
        (lines, flags) => {
          const text = lines.map(([k, v]) => `${k.replace(/ /g, '\\ ')}=${v.replace(/[\\\n\r]/g, '')}`).join('\n');
          const file = buildConfigFile(sourceFromText('/x/zoo.cfg', text));
          const jvm = new Map(flags);
          const expected = new Map(jvm);
          for (const occ of file.winners) if (!consumed(occ.key)) expected.set(`zookeeper.${occ.key}`, occ.value);
          for (const eager of [Infinity, 0]) {
            const props = new SystemProperties(jvm, file, consumed, eager);
            // Lookups first: iterating (or size) makes the whole map, and the read-through path
            // large configs take would go untested.
            for (const name of [...expected.keys(), 'zookeeper.tickTime', 'zookeeper.server.1', 'zookeeper.', 'nope']) {
              expect(props.get(name)).toBe(expected.get(name));
              expect(props.has(name)).toBe(expected.has(name));
            }
            for (const prefix of ['zookeeper.authProvider.', 'zookeeper.superUser', 'zookeeper.', 'java.', '']) {
              expect(props.withPrefix(prefix)).toEqual([...expected].filter(([k]) => k.startsWith(prefix)));
            }
            expect([...props]).toEqual([...expected]);
            expect(props.size).toBe(expected.size);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
