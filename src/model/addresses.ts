/** Address helpers for rules about ports and bindings: this server's own line, loopback, wildcard. */
import type { ServerDecl } from './membership.js';
import type { ZkModel } from './zk-model.js';
import { parseJavaInt } from './java.js';
import { javaGetInteger } from './java-lenient.js';
import { isIP } from 'node:net';

/** This server's own `server.<myid>` line, when myid is known and names a member. */
export function ownServer(model: ZkModel): ServerDecl | undefined {
  const id = model.myid.state === 'ok' ? model.myid.id : undefined;
  return id === undefined ? undefined : model.membership.members.get(id);
}

/**
 * One spelling per address, as Java's InetAddress sees it: brackets dropped, lower case, IPv6 in
 * canonical (compressed) form, IPv4-mapped IPv6 as plain IPv4. Host names are only lower-cased.
 */
export function canonicalIp(s: string): string {
  const bare = s.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(bare) !== 6) return bare;
  const v6 = new URL(`http://[${bare}]`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (!mapped) return v6;
  const [hi, lo] = [parseInt(mapped[1] as string, 16), parseInt(mapped[2] as string, 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Same address: true or false for two IP literals, `undefined` for host names (resolution decides). */
export function sameIp(a: string, b: string): boolean | undefined {
  const x = canonicalIp(a);
  const y = canonicalIp(b);
  if (x === y) return true;
  if (isIP(x) && isIP(y)) return false;
  return undefined;
}

/** localhost (any case, or any name under .localhost), 127.x.y.z, ::1 in any IPv6 spelling. */
const LOOPBACK = /^(?:localhost|::1|127\.\d+\.\d+\.\d+)$|\.localhost$/;

/** InetAddress.isLoopbackAddress, with `localhost` names counted as loopback. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.test(canonicalIp(host));
}

/** InetAddress.isAnyLocalAddress: 0.0.0.0 or :: in any spelling. */
export function isWildcard(host: string): boolean {
  const c = canonicalIp(host);
  return c === '0.0.0.0' || c === '::';
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

/**
 * AdminServer: enabled unless `admin.enableServer` is exactly `false`; port by Integer.getInteger
 * (hex and octal accepted, a bad number silently 8080); address as written, else 0.0.0.0. The
 * zoo.cfg keys reach it as system properties (zoo.cfg wins over -D). The one reading of it.
 */
export function adminServer(model: ZkModel): { enabled: boolean; port: number; host: string } {
  const sys = model.systemProps;
  const enabled = sys.get('zookeeper.admin.enableServer') !== 'false';
  const port = javaGetInteger(sys, 'zookeeper.admin.serverPort', 8080);
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
