import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

type Value = { value: string };
const HINT = 'Write the timeout in milliseconds as a plain number, e.g. cnxTimeout=5000.';

/** QuorumCnxManager reads zookeeper.cnxTimeout with Integer.parseInt when the quorum starts. */
export default defineRule({
  id: 'cnx-timeout-invalid',
  severity: 'error',
  versions: 'all',
  docs: { description: 'cnxTimeout that is not a plain integer: fatal when a quorum peer starts.' },
  zookeeper: { effect: 'fatal', says: 'For input string' },
  messages: {
    notInt: ({ value }: Value) =>
      `cnxTimeout=${JSON.stringify(value)} is not a Java int: the quorum peer parses it with Integer.parseInt when it starts and exits ("Invalid arguments, exiting abnormally", usage on stderr).`,
    notIntStandalone: ({ value }: Value) =>
      `cnxTimeout=${JSON.stringify(value)} is not a Java int: unused while this server runs standalone, but fatal as soon as it runs in a quorum.`,
  },
  hints: { notInt: HINT, notIntStandalone: HINT },
  check({ model, report }) {
    const value = model.systemProps.get('zookeeper.cnxTimeout');
    if (value === undefined) return;
    const r = parseJavaInt(value);
    if (r.ok) return;
    const occ = model.static.effective.get('cnxTimeout');
    const at = occ ? { occ, part: 'value' as const } : { file: model.static.source.path };
    if (model.distributed) {
      report({ messageId: 'notInt', args: { value }, at, zookeeper: { effect: 'fatal', says: r.says } });
    } else {
      report({ messageId: 'notIntStandalone', args: { value }, at, severity: 'warning', zookeeper: { effect: 'silent' } });
    }
  },
});
