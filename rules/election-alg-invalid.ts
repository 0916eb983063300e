import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';

type Invalid = { value: number; version: string };

/** Since 3.6 only FastLeaderElection (electionAlg=3) exists. */
export default defineRule({
  id: 'election-alg-invalid',
  severity: 'error',
  versions: { since: '3.6' },
  docs: { description: 'electionAlg other than 3: fatal since 3.6.' },
  zookeeper: { effect: 'fatal', says: 'Invalid electionAlg value. Only 3 is supported.' },
  messages: {
    invalid: ({ value, version }: Invalid) => `electionAlg=${value}: ZooKeeper ${version} only has the fast leader election (3) and refuses to start.`,
  },
  hints: { invalid: 'Delete the electionAlg line (3 is the default).' },
  check({ model, report }) {
    const occ = model.static.effective.get('electionAlg');
    if (!occ) return;
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value === 3) return; // non-numbers: invalid-integer
    report({ messageId: 'invalid', args: { value: parsed.value, version: model.version } satisfies Invalid, at: { occ, part: 'value' } });
  },
});
