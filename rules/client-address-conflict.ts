import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';
import { atLeast } from '../src/model/version.js';
import { isIP } from 'node:net';

const WILDCARD = new Set(['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '[::]']);

function sameIp(a: string, b: string): boolean | undefined {
  const strip = (s: string) => s.replace(/^\[|\]$/g, '').toLowerCase();
  const x = strip(a);
  const y = strip(b);
  if (x === y) return true;
  if (isIP(x) && isIP(y)) return false; // textual forms differ (IPv6 spellings aside)
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
    const port = intSetting(model, 'clientPort');
    if (!port.occ || !port.parsed?.ok || port.parsed.value <= 0 || port.parsed.value > 65535) return;
    const addrOcc = model.static.effective.get('clientPortAddress');
    const host = addrOcc?.value ?? '0.0.0.0';
    let conflict: boolean | undefined;
    if (WILDCARD.has(host)) conflict = port.parsed.value !== line.port;
    else if (port.parsed.value !== line.port) conflict = true;
    else conflict = line.hostGiven ? sameIp(host, line.host) === false : true;
    if (!conflict) return;
    const staticText = `${host}:${port.parsed.value}`;
    const lineText = `${line.hostGiven ? line.host : '0.0.0.0'}:${line.port}`;
    report({
      at: { occ: addrOcc && port.parsed.value === line.port ? addrOcc : port.occ, part: 'value' },
      message: `This server (id ${id}) gets client address ${staticText} from ${addrOcc ? 'clientPortAddress/clientPort' : 'clientPort'} but ${lineText} from its own ${own.occ.key} line; ZooKeeper refuses to start when they differ.`,
      hint: `Keep the client address in one place: delete clientPort${addrOcc ? '/clientPortAddress' : ''}, or make the line end in ;${staticText}.`,
      related: [{ at: { occ: own.occ, part: 'value' }, message: 'client part of the own server line' }],
      zookeeper: { effect: 'fatal', says: `client address for this server (id = ${id}) in static config file is` },
    });
  },
});
