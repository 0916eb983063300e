/** Address helpers for rules about ports and bindings: this server's own line, loopback, wildcard. */
import type { ServerDecl } from './membership.js';
import type { ZkModel } from './zk-model.js';
import { parseJavaInt } from './java.js';

/** This server's own `server.<myid>` line, when myid is known and names a member. */
export function ownServer(model: ZkModel): ServerDecl | undefined {
  const id = model.myid.state === 'ok' ? model.myid.id : undefined;
  return id === undefined ? undefined : model.membership.members.get(id);
}

/** localhost (any case, or any name under .localhost), ::1 in either spelling, 127.x.y.z. */
const LOOPBACK = /^(?:localhost|::1|0:0:0:0:0:0:0:1|127\.\d+\.\d+\.\d+)$|\.localhost$/i;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '0:0:0:0:0:0:0:0';
}

/** Two bind addresses that would compete for the same port on one machine. */
export function sameMachineBind(a: string, b: string): boolean {
  return isWildcard(a) || isWildcard(b) || a.toLowerCase() === b.toLowerCase() || (isLoopback(a) && isLoopback(b));
}

/** The plaintext client port: `clientPort`, else the `;port` of the own server line. */
export function clientListener(model: ZkModel): { port: number; host: string; from: 'clientPort' | 'server-line' } | undefined {
  const occ = model.static.effective.get('clientPort');
  const p = occ ? parseJavaInt(occ.value) : undefined;
  if (p?.ok && p.value > 0) {
    const addr = model.static.effective.get('clientPortAddress')?.value;
    return { port: p.value, host: addr && addr !== '' ? addr : '0.0.0.0', from: 'clientPort' };
  }
  // clientPort unset or 0 (3.5–3.8: "not set"): the own server line's client part is used.
  const own = ownServer(model);
  if (own?.parsed.client && own.parsed.client.port > 0) {
    return { port: own.parsed.client.port, host: own.parsed.client.host, from: 'server-line' };
  }
  return undefined;
}

/** AdminServer: enabled unless `admin.enableServer` is exactly `false` (zoo.cfg wins over -D). */
export function adminServer(model: ZkModel): { enabled: boolean; port: number; host: string } {
  const sys = model.systemProps;
  const enabled = (sys.get('zookeeper.admin.enableServer') ?? 'true') !== 'false';
  const portText = sys.get('zookeeper.admin.serverPort');
  // Integer.getInteger: a bad number silently falls back to 8080.
  const parsed = portText === undefined ? undefined : parseJavaInt(portText);
  const port = parsed && parsed.ok ? parsed.value : 8080;
  return { enabled, port, host: sys.get('zookeeper.admin.serverAddress') ?? '0.0.0.0' };
}

/**
 * A host name no resolver answers, so `InetAddress.getByName` always throws UnknownHostException:
 * a name under `.invalid` (reserved for that by RFC 6761), or four dotted decimals with a part above
 * 255 (not an IPv4 literal to Java, so it is looked up as a name whose top label is all digits).
 */
export function neverResolves(host: string): boolean {
  const h = host.endsWith('.') ? host.slice(0, -1) : host;
  if (/(?:^|\.)invalid$/i.test(h)) return true;
  const parts = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  return parts !== null && parts.slice(1).some((p) => Number(p) > 255);
}
