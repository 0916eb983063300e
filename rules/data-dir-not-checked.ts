import { defineRule } from '../src/rule.js';

/** When zklint runs away from the server, it says what it could not check instead of guessing. */
export default defineRule({
  id: 'data-dir-not-checked',
  severity: 'info',
  docs: { description: 'dataDir (and so myid) could not be checked here: it is relative or does not exist on this machine.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  check({ model, report }) {
    const occ = model.static.effective.get('dataDir');
    const dir = model.dataDir;
    if (!occ || !dir || dir.state !== 'unknown' || model.myid.source === 'option') return;
    report({
      at: { occ, part: 'value' },
      message: `${dir.zkPath} not checked: ${dir.reason}.${model.distributed ? ' myid could not be verified.' : ''}`,
      hint: model.distributed ? 'Pass --myid N when the id is known from inventory, --root DIR for a rendered tree, or --on-host on the server.' : 'Pass --root DIR for a rendered tree, or --on-host on the server.',
    });
  },
});
