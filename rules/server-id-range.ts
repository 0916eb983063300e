import { defineRule } from '../src/rule.js';
import { javaGetBoolean } from '../src/model/java.js';
import type { ZkModel } from '../src/model/zk-model.js';
import { inRange } from '../src/model/version.js';

const MAX_ID = 255;
const MAX_EXTENDED_ID = 254;
const EXTENDED_TYPES = { since: '3.5.4' } as const;

/** `low8`: what is left of the id in a session id (its low 8 bits). */
type Args = { id: string; low8?: string };

/** Server ids outside 1–255: accepted, but only the low 8 bits go into session ids. */
export default defineRule({
  id: 'server-id-range',
  scope: 'any',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'Server ids outside 1–255 (session-id collisions), or above 254 with extendedTypesEnabled=true.' },
  zookeeper: { effect: 'silent' },
  messages: {
    outOfRange: ({ id, low8 }: Args) =>
      `Server id ${id} is outside 1–255. ZooKeeper accepts it, but every session id it hands out carries the server id in its top 8 bits, ` +
      `so only ${low8} survives: session ids can collide with another server's.`,
    zero: 'Server id 0 works, but the ZooKeeper admin guide asks for ids between 1 and 255, and some tools treat 0 as unset.',
    tooLargeForExtendedTypes: ({ id }: Args) =>
      `extendedTypesEnabled=true (TTL/container nodes) caps server ids at 254, and this server is ${id}: ZooKeeper starts, then fails when it ` +
      'creates its session tracker (as leader or standalone), logging "Unexpected exception" and never serving.',
  },
  hints: {
    outOfRange: 'Renumber the servers within 1–255 (update server.N lines and every myid file together).',
    zero: 'Prefer ids 1–255.',
    tooLargeForExtendedTypes: 'Renumber this server to 254 or less, or disable extendedTypesEnabled.',
  },
  check({ model, report, shown }) {
    const m = model.membership;
    const ownId = model.myid.state === 'ok' ? model.myid.id : undefined;
    for (const d of m.members.values()) {
      // Ids are Longs written in decimal; a double compares them with 0, 254 and 255 exactly.
      const id = Number(d.id as string);
      if (id < 0 || id > MAX_ID) {
        const at = { occ: d.occ, part: 'key' } as const;
        // Past the first 1,000 findings it is only counted: no low bits to work out.
        const low8 = shown?.(at) === false ? undefined : String(BigInt.asUintN(8, BigInt(d.id as string)));
        report({ messageId: 'outOfRange', args: { id: d.id as string, low8 } satisfies Args, at });
      } else if (id === 0) {
        report({ messageId: 'zero', at: { occ: d.occ, part: 'key' }, severity: 'info' });
      } else if (id > MAX_EXTENDED_ID && d.id === ownId && extendedTypes(model) && inRange(model.version, EXTENDED_TYPES)) {
        // Extended types arrived in 3.5.4 (the key catalogue); 3.4.13 has no EphemeralType: the property means nothing there.
        report({
          messageId: 'tooLargeForExtendedTypes',
          args: { id: d.id as string } satisfies Args,
          at: { occ: d.occ, part: 'key' },
          zookeeper: { effect: 'warning', says: 'extendedTypesEnabled is true but Server ID is too large. Cannot be larger than 254' },
        });
      }
    }
  },
});

function extendedTypes(model: ZkModel): boolean {
  return javaGetBoolean(model.systemProps, 'zookeeper.extendedTypesEnabled');
}
