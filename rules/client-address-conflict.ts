import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { isWildcard, sameIp } from '../src/model/addresses.js';
import { atLeast } from '../src/model/version.js';

type Conflict = { id: string; staticText: string; addressGiven: boolean; lineText: string; lineKey: string };

/** clientPort(+Address) and the client part of this server's own server line must agree. */
export default defineRule({
  id: 'client-address-conflict',
  scope: 'config',
  severity: 'error',
  versions: { since: '3.5' },
  docs: { description: "clientPort/clientPortAddress disagree with the client part of this server's own server line." },
  zookeeper: { effect: 'fatal', says: 'is different from client address found in dynamic file' },
  messages: {
    conflict: ({ id, staticText, addressGiven, lineText, lineKey }: Conflict) =>
      `This server (id ${id}) gets client address ${staticText} from ${addressGiven ? 'clientPortAddress/clientPort' : 'clientPort'} but ${lineText} from its own ${lineKey} line; ZooKeeper refuses to start when they differ.`,
    ownLine: 'client part of the own server line',
  },
  hints: {
    conflict: ({ staticText, addressGiven }: Conflict) =>
      `Keep the client address in one place: delete clientPort${addressGiven ? '/clientPortAddress' : ''}, or make the line end in ;${staticText}.`,
  },
  check({ model, report }) {
    const id = model.myid.id;
    if (id === undefined) return;
    const own = model.membership.members.get(id);
    const line = own?.parsed.client;
    if (!own || !line) return;
    const portOcc = model.static.effective.get('clientPort');
    if (!portOcc) return;
    const port = parseJavaInt(portOcc.value);
    // Up to 3.8 a clientPort of 0 is the same as none; 3.9 holds it as a port like any other (an
    // Integer that is null only when the key is absent), so 0 is compared with the line too.
    const zeroIsAPort = atLeast(model.version, '3.9');
    if (!port.ok || port.value < 0 || (port.value === 0 && !zeroIsAPort) || port.value > 65535) return;
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
      messageId: 'conflict',
      args: { id, staticText, addressGiven: addrOcc !== undefined, lineText, lineKey: own.occ.key } satisfies Conflict,
      at: { occ: addrOcc && port.value === line.port ? addrOcc : portOcc, part: 'value' },
      related: [{ at: { occ: own.occ, part: 'value' }, messageId: 'ownLine' }],
      zookeeper: { effect: 'fatal', says: `client address for this server (id = ${id}) in static config file is` },
    });
  },
});
