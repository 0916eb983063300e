import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';

/** Since 3.6 only FastLeaderElection (electionAlg=3) exists. */
export default defineRule({
  id: 'election-alg-invalid',
  severity: 'error',
  docs: { description: 'electionAlg other than 3: fatal since 3.6.', versions: '3.6+' },
  zookeeper: { effect: 'fatal', says: 'Invalid electionAlg value. Only 3 is supported.' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.6')) return;
    const occ = model.static.effective.get('electionAlg');
    if (!occ) return;
    const parsed = parseJavaInt(occ.value);
    if (!parsed.ok || parsed.value === 3) return; // non-numbers: invalid-integer
    report({
      at: { occ, part: 'value' },
      message: `electionAlg=${parsed.value}: ZooKeeper ${model.version} only has the fast leader election (3) and refuses to start.`,
      hint: 'Delete the electionAlg line (3 is the default).',
    });
  },
});
