import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { KEYS } from '../src/model/catalogue.js';
import { atLeast } from '../src/model/version.js';

const PAIRS: ReadonlyArray<{ address: string; port: string }> = [
  { address: 'clientPortAddress', port: 'clientPort' },
  { address: 'secureClientPortAddress', port: 'secureClientPort' },
];

/** An address to bind the (secure) client port to, but no port. */
export default defineRule({
  id: 'client-port-address-without-port',
  severity: 'error',
  docs: { description: 'clientPortAddress without clientPort (or the secure twin).', versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: 'is set but' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5')) return; // 3.4 requires clientPort outright
    for (const pair of PAIRS) {
      const addrKey = pair.address;
      const portKey = pair.port;
      const addr = model.static.effective.get(addrKey);
      if (!addr) continue;
      const info = KEYS.get(addrKey);
      if (info && !keyExistsIn(info, model.version)) continue;
      const portOcc = model.static.effective.get(portKey);
      if (portOcc) {
        const parsed = parseJavaInt(portOcc.value);
        if (!parsed.ok || parsed.value !== 0) continue; // a port, or invalid-integer's
      }
      report({
        at: { occ: addr, part: 'key' },
        message: `${addrKey} is set but ${portKey} is ${portOcc ? '0 (which means not set)' : 'not'}: ZooKeeper refuses to start.`,
        hint: `Add ${portKey}=${portKey === 'clientPort' ? 2181 : 2281}, or delete ${addrKey}.`,
        zookeeper: { effect: 'fatal', says: `${addrKey} is set but ${portKey} is not set` },
      });
    }
  },
});
