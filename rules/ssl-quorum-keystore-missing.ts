import { defineRule } from '../src/rule.js';
import { boolSetting } from '../src/model/zk-model.js';

/** `on`: the switch that is on; `missing`: the unset store keys. */
type Args = { on: string; missing: readonly string[] };

/** Quorum TLS without its key/trust stores: accepted at parse, then every quorum connection fails. */
export default defineRule({
  id: 'ssl-quorum-keystore-missing',
  severity: 'warning',
  versions: { since: '3.5.5' },
  docs: { description: '`sslQuorum=true` (or portUnification) without ssl.quorum.keyStore.location / trustStore.location.' },
  zookeeper: { effect: 'silent' },
  messages: {
    storesMissing: ({ on, missing }: Args) =>
      `${on}=true but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set. ZooKeeper starts, then cannot build a TLS context ` +
      'for the quorum: servers never connect to each other and no leader is elected.',
  },
  hints: {
    storesMissing: ({ missing }: Args) =>
      `Set ${missing.map((k) => `${k}=/path/to/${k.includes('keyStore') ? 'keystore' : 'truststore'}.jks`).join(' and ')} (and their passwords) on every server.`,
  },
  check({ model, report }) {
    // Neither switch written: both stay false.
    if (!model.static.effective.has('sslQuorum') && !model.static.effective.has('portUnification')) return;
    const on = ['sslQuorum', 'portUnification'].filter((k) => boolSetting(model, k, false));
    if (on.length === 0) return;
    const missing = ['ssl.quorum.keyStore.location', 'ssl.quorum.trustStore.location'].filter(
      (k) => (model.systemProps.get(`zookeeper.${k}`) ?? '') === '',
    );
    if (missing.length === 0) return;
    const occ = model.static.effective.get(on[0] as string);
    if (!occ) return;
    report({ messageId: 'storesMissing', args: { on: on[0] as string, missing } satisfies Args, at: { occ, part: 'value' } });
  },
});
