import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { keyExistsIn } from '../src/model/key-version.js';
import { KEYS } from '../src/model/catalogue.js';

const PAIRS: ReadonlyArray<{ address: string; port: string }> = [
  { address: 'clientPortAddress', port: 'clientPort' },
  { address: 'secureClientPortAddress', port: 'secureClientPort' },
];

type NoPort = { addressKey: string; portKey: string; zero: boolean };

/** An address to bind the (secure) client port to, but no port. */
export default defineRule({
  id: 'client-port-address-without-port',
  severity: 'error',
  versions: { since: '3.5' }, // 3.4 requires clientPort outright (client-port-required)
  docs: { description: 'clientPortAddress without clientPort (or the secure twin).' },
  zookeeper: { effect: 'fatal', says: 'is set but' },
  messages: {
    noPort: ({ addressKey, portKey, zero }: NoPort) =>
      `${addressKey} is set but ${portKey} is ${zero ? '0 (which means not set)' : 'not'}: ZooKeeper refuses to start.`,
  },
  hints: {
    noPort: ({ addressKey, portKey }: NoPort) => `Add ${portKey}=${portKey === 'clientPort' ? 2181 : 2281}, or delete ${addressKey}.`,
  },
  check({ model, report }) {
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
        messageId: 'noPort',
        args: { addressKey: addrKey, portKey, zero: portOcc !== undefined } satisfies NoPort,
        at: { occ: addr, part: 'key' },
        zookeeper: { effect: 'fatal', says: `${addrKey} is set but ${portKey} is not set` },
      });
    }
  },
});
