import { defineRule, type Occurrence, type LegacyReport as Report } from '../src/rule.js';
import { javaFilePath } from '../src/model/java-lenient.js';
import { atLeast } from '../src/model/version.js';

function checkDir(occ: Occurrence | undefined, key: string, report: (r: Report) => void): void {
  if (!occ || occ.value.startsWith('/')) return; // absolute: still absolute after normalisation
  const p = javaFilePath(occ.value);
  if (p.startsWith('/') || p.length >= 2) return;
  report({
    at: { occ, part: occ.value === '' ? 'key' : 'value' },
    message:
      `${key}=${JSON.stringify(occ.value)} is ${p === '' ? 'empty' : `the one-character relative path ${JSON.stringify(p)}`}: ZooKeeper's relative-path check reads its first two characters and crashes ` +
      `with StringIndexOutOfBoundsException ("Unexpected exception, exiting abnormally", exit code 1, nothing on stderr).`,
    hint: `Use an absolute path, e.g. ${key}=/var/lib/zookeeper${key === 'dataLogDir' ? '/log' : ''}.`,
    zookeeper: { effect: 'fatal', says: 'StringIndexOutOfBoundsException' },
  });
}

/**
 * VerifyingFileFactory (3.5+) checks `path.substring(0, 2)` of a relative path to decide whether to
 * warn, so a relative path shorter than 2 characters (after java.io.File normalisation) crashes.
 */
export default defineRule({
  id: 'data-dir-too-short',
  severity: 'error',
  docs: { description: 'An empty or one-character relative dataDir/dataLogDir (`x`, `.`, `./`): ZooKeeper crashes.', versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: 'StringIndexOutOfBoundsException' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5')) return;
    checkDir(model.static.effective.get('dataDir'), 'dataDir', report);
    checkDir(model.static.effective.get('dataLogDir'), 'dataLogDir', report);
  },
});
