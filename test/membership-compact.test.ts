/**
 * buildMembership holds the usual server line (3.5+, a plain id, one address) in a compact
 * object whose id, host and parse are made when read. Read through the ServerDecl interface and
 * through JSON, every line must say exactly what a declaration built the plain way says: the id
 * as Long.parseLong normalises it, the general parser's result, the role with its default.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfigFile } from '../src/model/config-file.js';
import { javaLongText } from '../src/model/java.js';
import { buildMembership, type ServerDecl } from '../src/model/membership.js';
import { parseServerValueGeneral } from '../src/model/server-line.js';
import { said } from './support/server-line.js';
import { ZK_VERSIONS, type ZkVersion } from '../src/model/version.js';
import { sourceFromText } from '../src/load/source.js';

const id = fc.constantFrom('1', '2', '0', '10', '255', '007', '+3', '-1', '99999', '123456789012345678', '1234567890123456789', '9223372036854775808', 'x', '', ' 1', '1 ');
const host = fc.constantFrom('zk1', '10.0.0.1', 'zk1.example.com', '127.0.0.1', '[::1]', ' zk1', '');
const port = fc.constantFrom('2888', '3888', '0', '65535', '65536', '007', '+1', '');
const role = fc.constantFrom('', ':participant', ':observer', ':Observer', ':bogus');
const client = fc.constantFrom('', ';2181', ';zk1:2181', ';0.0.0.0:2181', ';99999', ';');
const anyPort = fc.integer({ min: 0, max: 65535 }).map(String);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(host, anyPort, anyPort, role, client).map(([h, q, e, r, c]) => `${h}:${q}:${e}${r}${c}`) },
  { weight: 6, arbitrary: fc.tuple(host, port, port, role, client).map(([h, q, e, r, c]) => `${h}:${q}:${e}${r}${c}`) },
  { weight: 1, arbitrary: fc.tuple(host, port, port, host).map(([h, q, e, h2]) => `${h}:${q}:${e}|${h2}:${q}:${e}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).filter((s) => !/[\n\r\\]/.test(s)) },
);
const line = fc.tuple(id, value).map(([i, v]) => `server.${i}=${v}`);

/** What the declaration of one line must say, built without buildMembership's compact path. */
function expected(d: ServerDecl, version: ZkVersion, multiAddressEnabled: boolean) {
  const key = version === '3.4' ? d.occ.key : d.occ.entry.key;
  const text = key.slice(key.indexOf('.') + 1);
  const n = javaLongText(text);
  const parsed = parseServerValueGeneral(n.ok ? n.value : text, d.occ.entry.value, {
    version,
    multiAddressEnabled,
  });
  return { id: n.ok ? n.value : undefined, idError: n.ok ? undefined : n.says, parsed, role: parsed.role ?? 'participant' };
}

describe('compact server lines', () => {
  it('say through the interface and through JSON what the plain declaration says', () => {
    let compact = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom(...ZK_VERSIONS), fc.boolean(), (lines, version, multiAddressEnabled) => {
        const file = buildConfigFile(sourceFromText('/x/zoo.cfg', `${lines.join('\n')}\n`));
        const m = buildMembership(file, version, multiAddressEnabled);
        for (const d of m.lines) {
          const want = expected(d, version, multiAddressEnabled);
          const got = { id: d.id, idError: d.idError, parsed: said(d.parsed), role: d.role };
          expect(got, d.occ.entry.key).toStrictEqual({ ...want, parsed: said(want.parsed) });
          const json = JSON.parse(JSON.stringify(d));
          expect(json).toStrictEqual(JSON.parse(JSON.stringify({ occ: d.occ, ...want })));
          if (Object.getPrototypeOf(d) !== Object.prototype) compact++;
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
    // The compact path was taken (the generator draws plain lines often).
    expect(compact).toBeGreaterThan(300);
  });

  it('lists voters and observers of a large membership as its members say, with or without observers and duplicate ids', () => {
    const big = (n: number, extra = '') => Array.from({ length: n }, (_, i) => `server.${i + 1}=h${i}:2888:3888`).join('\n') + extra;
    for (const text of [big(3000), big(3000, '\nserver.3001=o:2888:3888:observer'), big(3000, '\nserver.7=again:2888:3888'), big(3000, '\nserver.3001=bad')]) {
      const m = buildMembership(buildConfigFile(sourceFromText('/x/zoo.cfg', `${text}\n`)), '3.9', false);
      const members = [...m.members.values()];
      expect(m.voters).toStrictEqual(members.filter((d) => d.role !== 'observer'));
      expect(m.observers).toStrictEqual(members.filter((d) => d.role === 'observer'));
    }
  });

  it('holds a usual line in one object with no id or host of its own, and members and roles as before', () => {
    const file = buildConfigFile(
      sourceFromText('/x/zoo.cfg', 'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888:observer;2181\nserver.03=zk3:2888:3888\nserver.65535=h:65535:1\n'),
    );
    const m = buildMembership(file, '3.9', false);
    const [one, two, three, last] = m.lines;
    expect(Object.keys(one!)).not.toContain('id');
    expect(Object.keys(one!)).not.toContain('host');
    expect(one!.parsed.addresses).toStrictEqual([expect.objectContaining({ host: 'zk1', quorumPort: 2888, electionPort: 3888 })]);
    expect(two!.role).toBe('observer');
    expect(two!.parsed.role).toBe('observer');
    expect(two!.parsed.client).toStrictEqual({ host: '0.0.0.0', port: 2181, hostGiven: false });
    expect(one!.parsed.role).toBeUndefined();
    expect(one!.role).toBe('participant');
    // server.03 is server 3, built the plain way.
    expect(Object.getPrototypeOf(three)).toBe(Object.prototype);
    expect(three!.id).toBe('3');
    expect(last!.parsed.addresses[0]).toMatchObject({ quorumPort: 65535, electionPort: 1 });
    expect([...m.members.keys()]).toStrictEqual(['1', '2', '3', '65535']);
    expect(m.voters.map((d) => d.id)).toStrictEqual(['1', '3', '65535']);
    expect(m.observers).toStrictEqual([two]);
  });
});
