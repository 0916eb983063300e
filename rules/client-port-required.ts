import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';

/** ZooKeeper 3.4 has no client-port-less mode: clientPort is required. */
export default defineRule({
  id: 'client-port-required',
  severity: 'error',
  versions: { until: '3.4' },
  docs: { description: 'ZooKeeper 3.4 without clientPort (or with clientPort=0).' },
  zookeeper: { effect: 'fatal', says: 'clientPort is not set' },
  messages: {
    notSet: ({ zero }: { zero: boolean }) =>
      `clientPort is ${zero ? '0' : 'not set'}: ZooKeeper 3.4 requires it and refuses to start ("clientPort is not set"). From 3.5 it is optional (the server line's ;port can carry it).`,
  },
  hints: { notSet: 'Add clientPort=2181.' },
  check({ model, report }) {
    const { occ, parsed } = intSetting(model, 'clientPort');
    if (occ && (!parsed?.ok || parsed.value !== 0)) return; // set, or invalid-integer's
    report({ messageId: 'notSet', args: { zero: occ !== undefined }, at: occ ? { occ, part: 'value' } : { file: model.static.source.path } });
  },
});
