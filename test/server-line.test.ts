/** The server-line fast path gives exactly what the general parser gives, on valid and broken lines alike. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseServerValue, parseServerValueGeneral } from '../src/model/server-line.js';
import { said } from './support/server-line.js';
import { ZK_VERSIONS } from '../src/model/version.js';

const host = fc.constantFrom('zk1', '10.0.0.1', ' zk1', 'ZK1 ', '', 'a|b', '[::1]', 'h]', 'zk1.example.com', 'x\ty');
const port = fc.constantFrom('2888', '3888', '0', '65535', '65536', '007', '+1', '-1', '', ' 2888', '2888 ', '99999', '123456', '3888');
const role = fc.constantFrom('', ':participant', ':observer', ':Observer', ': observer', ':bogus', ':');
const client = fc.constantFrom('', ';2181', ';zk1:2181', ';', ';:2181', ';a:b:2181', ';99999', ';0', ';zk1:', ';2181;2182', ';[::1]:2181');
const value = fc.oneof(
  fc.tuple(host, port, port, role, client).map(([h, q, e, r, c]) => `${h}:${q}:${e}${r}${c}`),
  fc.tuple(host, port, port, host, port, port).map(([h, q, e, h2, q2, e2]) => `${h}:${q}:${e}|${h2}:${q2}:${e2}`),
  fc.string({ maxLength: 40 }),
);

describe('server line', () => {
  it('the fast path agrees with the general parser', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...ZK_VERSIONS), fc.boolean(), (v, version, multiAddressEnabled) => {
        const opts = { version, multiAddressEnabled };
        const fast = parseServerValue('1', v, opts);
        const general = parseServerValueGeneral('1', v, opts);
        expect(said(fast)).toStrictEqual(said(general));
        expect(JSON.parse(JSON.stringify(fast))).toStrictEqual(JSON.parse(JSON.stringify(general)));
      }),
      { numRuns: 5000, seed: 5 },
    );
  });
  it('takes the usual forms apart', () => {
    const opts = { version: '3.8' as const, multiAddressEnabled: false };
    expect(said(parseServerValue('1', 'zk1:2888:3888:observer;10.0.0.1:2181', opts))).toStrictEqual({
      addresses: [{ host: 'zk1', quorumPort: 2888, electionPort: 3888 }],
      role: 'observer',
      client: { host: '10.0.0.1', port: 2181, hostGiven: true },
      error: undefined,
    });
    expect(parseServerValue('1', 'zk1:2888:2888', opts).error?.says).toMatch(/Client and election port must be different/);
  });
});
