import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';
import { appendLineFix, replaceValueFix } from '../src/fix/edits.js';

/** ZooKeeper 3.4 has no client-port-less mode: clientPort is required. */
export default defineRule({
  id: 'client-port-required',
  severity: 'error',
  docs: { description: 'ZooKeeper 3.4 without clientPort (or with clientPort=0).', versions: '3.4' },
  zookeeper: { effect: 'fatal', says: 'clientPort is not set' },
  check({ model, report }) {
    if (model.version !== '3.4') return;
    const { occ, parsed } = intSetting(model, 'clientPort');
    if (occ && (!parsed?.ok || parsed.value !== 0)) return; // set, or invalid-integer's
    report({
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
      message: `clientPort is ${occ ? '0' : 'not set'}: ZooKeeper 3.4 requires it and refuses to start ("clientPort is not set"). From 3.5 it is optional (the server line's ;port can carry it).`,
      hint: 'Add clientPort=2181.',
      fix: occ ? replaceValueFix(occ, '2181', 'Set clientPort=2181') : appendLineFix(model.static.source, 'clientPort=2181', 'Add clientPort=2181'),
    });
  },
});
