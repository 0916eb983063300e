import { defineRule } from '../src/rule.js';
import { javaFilePath } from '../src/model/java-lenient.js';

type TooShort = { key: string; value: string; path: string };

/**
 * VerifyingFileFactory (3.5+) checks `path.substring(0, 2)` of a relative path to decide whether to
 * warn, so a relative path shorter than 2 characters (after java.io.File normalisation) crashes.
 */
export default defineRule({
  id: 'data-dir-too-short',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: 'An empty or one-character relative dataDir/dataLogDir (`x`, `.`, `./`): ZooKeeper crashes.' },
  zookeeper: { effect: 'fatal', says: 'StringIndexOutOfBoundsException' },
  messages: {
    tooShort: ({ key, value, path }: TooShort) =>
      `${key}=${JSON.stringify(value)} is ${path === '' ? 'empty' : `the one-character relative path ${JSON.stringify(path)}`}: ZooKeeper's relative-path check reads its first two characters and crashes ` +
      `with StringIndexOutOfBoundsException ("Unexpected exception, exiting abnormally", exit code 1, nothing on stderr).`,
  },
  hints: {
    tooShort: ({ key }: TooShort) => `Use an absolute path, e.g. ${key}=/var/lib/zookeeper${key === 'dataLogDir' ? '/log' : ''}.`,
  },
  check({ model, report }) {
    for (const key of ['dataDir', 'dataLogDir']) {
      const occ = model.static.effective.get(key);
      if (!occ || occ.value.startsWith('/')) continue; // absolute: still absolute after normalisation
      const path = javaFilePath(occ.value);
      if (path.startsWith('/') || path.length >= 2) continue;
      report({
        messageId: 'tooShort',
        args: { key, value: occ.value, path } satisfies TooShort,
        at: { occ, part: occ.value === '' ? 'key' : 'value' },
      });
    }
  },
});
