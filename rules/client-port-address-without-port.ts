import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { KEYS } from '../src/model/catalogue.js';
import { atLeast } from '../src/model/version.js';

const PAIRS: Array<[address: string, port: string]> = [
  ['clientPortAddress', 'clientPort'],
  ['secureClientPortAddress', 'secureClientPort'],
];

/** An address to bind the (secure) client port to, but no port. */
export default defineRule({
  id: 'client-port-address-without-port',
  severity: 'error',
  docs: { description: 'clientPortAddress without clientPort (or the secure twin).', versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: 'is set but' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5')) return; // 3.4 requires clientPort outright
    for (const [addrKey, portKey] of PAIRS) {
      const info = KEYS.get(addrKey);
      if (info && !keyExistsIn(info, model.version)) continue;
      const addr = model.static.effective.get(addrKey);
      if (!addr) continue;
      const port = intSetting(model, portKey);
      if (port.occ && !port.parsed?.ok) continue; // invalid-integer
      if (port.parsed?.ok && port.parsed.value !== 0) continue;
      report({
        at: { occ: addr, part: 'key' },
        message: `${addrKey} is set but ${portKey} is ${port.occ ? '0 (which means not set)' : 'not'}: ZooKeeper refuses to start.`,
        hint: `Add ${portKey}=${portKey === 'clientPort' ? 2181 : 2281}, or delete ${addrKey}.`,
        zookeeper: { effect: 'fatal', says: `${addrKey} is set but ${portKey} is not set` },
      });
    }
  },
});
