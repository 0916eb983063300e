import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { atLeast } from '../src/model/version.js';
import { isIP } from 'node:net';

const WILDCARD = new Set(['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '[::]']);
const isWildcard = (h: string) => WILDCARD.has(h) || WILDCARD.has(canonicalIp(h));

/** One spelling per address: IPv6 in canonical (compressed, lower-case) form. */
function canonicalIp(s: string): string {
  const bare = s.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(bare) !== 6) return bare;
  const v6 = new URL(`http://[${bare}]`).hostname.slice(1, -1);
  // Java turns IPv4-mapped IPv6 addresses into plain IPv4 ones.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (!mapped) return v6;
  const [hi, lo] = [parseInt(mapped[1] as string, 16), parseInt(mapped[2] as string, 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

function sameIp(a: string, b: string): boolean | undefined {
  const x = canonicalIp(a);
  const y = canonicalIp(b);
  if (x === y) return true;
  if (isIP(x) && isIP(y)) return false;
  return undefined; // host names: resolution decides
}

/** clientPort(+Address) and the client part of this server's own server line must agree. */
export default defineRule({
  id: 'client-address-conflict',
  scope: 'config',
  severity: 'error',
  docs: { description: "clientPort/clientPortAddress disagree with the client part of this server's own server line.", versions: '3.5+' },
  zookeeper: { effect: 'fatal', says: 'is different from client address found in dynamic file' },
  check({ model, report }) {
    if (!atLeast(model.version, '3.5')) return;
    const id = model.myid.id;
    if (id === undefined) return;
    const own = model.membership.members.get(id);
    const line = own?.parsed.client;
    if (!own || !line) return;
    const portOcc = model.static.effective.get('clientPort');
    if (!portOcc) return;
    const port = parseJavaInt(portOcc.value);
    if (!port.ok || port.value <= 0 || port.value > 65535) return;
    const addrOcc = model.static.effective.get('clientPortAddress');
    const host = addrOcc?.value ?? '0.0.0.0';
    let conflict: boolean | undefined;
    if (isWildcard(host)) conflict = port.value !== line.port;
    else if (port.value !== line.port) conflict = true;
    else conflict = line.hostGiven ? sameIp(host, line.host) === false : true;
    if (!conflict) return;
    const staticText = `${host}:${port.value}`;
    const lineText = `${line.hostGiven ? line.host : '0.0.0.0'}:${line.port}`;
    report({
      at: { occ: addrOcc && port.value === line.port ? addrOcc : portOcc, part: 'value' },
      message: `This server (id ${id}) gets client address ${staticText} from ${addrOcc ? 'clientPortAddress/clientPort' : 'clientPort'} but ${lineText} from its own ${own.occ.key} line; ZooKeeper refuses to start when they differ.`,
      hint: `Keep the client address in one place: delete clientPort${addrOcc ? '/clientPortAddress' : ''}, or make the line end in ;${staticText}.`,
      related: [{ at: { occ: own.occ, part: 'value' }, message: 'client part of the own server line' }],
      zookeeper: { effect: 'fatal', says: `client address for this server (id = ${id}) in static config file is` },
    });
  },
});
