/**
 * The `server.<id>` value grammar, parsed the way ZooKeeper's QuorumServer does it
 * (3.5–3.9: `ADDR[|ADDR…][;CLIENT]`, `ADDR = host:port:port[:role]`; 3.4: `host:port[:port[:role]]`).
 * Errors carry ZooKeeper's own message and which part of the value is at fault.
 */
import { javaSplit } from './java-split.js';
import { parseJavaInt, javaTrim } from './java.js';
import { atLeast, type ZkVersion } from './version.js';

export type Role = 'participant' | 'observer';

export interface QuorumAddress {
  host: string;
  quorumPort: number;
  electionPort: number | undefined;
}

export interface ClientAddress {
  /** `0.0.0.0` when the line gives only a port. */
  host: string;
  port: number;
  hostGiven: boolean;
}

/** Offsets relative to the start of the value. */
export interface ValuePart {
  start: number;
  end: number;
}

export interface ServerLineError {
  says: string;
  /** Where in the value the problem is (relative offsets). */
  part: ValuePart;
  /** Exception ZooKeeper throws: ConfigException (direct) or wrapped IllegalArgumentException. */
  kind: 'config' | 'wrapped' | 'crash';
}

export interface ParsedServerValue {
  addresses: QuorumAddress[];
  role: Role | undefined;
  client: ClientAddress | undefined;
  error: ServerLineError | undefined;
}

export interface ServerLineOptions {
  version: ZkVersion;
  /** -Dzookeeper.multiAddress.enabled=true given to the JVM. */
  multiAddressEnabled: boolean;
}

function wrongFormat(value: string, version: ZkVersion): string {
  return atLeast(version, '3.6')
    ? `${value} does not have the form server_config or server_config;client_config where server_config is the pipe separated list of host:port:port or host:port:port:type and client_config is port or host:port`
    : `${value} does not have the form server_config or server_config;client_config where server_config is host:port:port or host:port:port:type and client_config is port or host:port`;
}

class LineError extends Error {
  constructor(readonly detail: ServerLineError) {
    super(detail.says);
  }
}

function fail(says: string, start: number, end: number, kind: ServerLineError['kind'] = 'config'): never {
  throw new LineError({ says, part: { start, end }, kind });
}

/** ConfigUtils.getHostAndPort: `[v6]:p:p` or `h:p:p`, split on ':' with trailing empties dropped. */
function hostAndPort(s: string, offset: number): string[] {
  if (s.startsWith('[')) {
    const i = s.indexOf(']');
    if (i < 0) fail(`${s} starts with '[' but has no matching ']:'`, offset, offset + s.length);
    if (i + 2 === s.length) fail(`${s} doesn't have a port after colon`, offset, offset + s.length);
    if (i + 2 > s.length) {
      fail(`begin ${i + 2}, end ${s.length}, length ${s.length}`, offset, offset + s.length, 'crash');
    }
    return [s.slice(1, i), ...javaSplit(s.slice(i + 2), ':')];
  }
  return javaSplit(s, ':');
}

function parseRole(piece: string, start: number): Role {
  const r = javaTrim(piece).toLowerCase();
  if (r === 'participant' || r === 'observer') return r;
  return fail(`Unrecognised peertype: ${piece}`, start, start + piece.length);
}

function checkPort(n: number, start: number, end: number): void {
  if (n < 0 || n > 0xffff) fail(`port out of range:${n}`, start, end, 'wrapped');
}

/** Locates piece k of `text` split on `sep` (for pointing at the right part of the value). */
function pieceSpan(text: string, sep: string, k: number, base: number): ValuePart {
  let start = 0;
  for (let i = 0; i < k; i++) {
    const next = text.indexOf(sep, start);
    if (next < 0) return { start: base, end: base + text.length };
    start = next + 1;
  }
  const end = text.indexOf(sep, start);
  return { start: base + start, end: base + (end < 0 ? text.length : end) };
}

export function parseServerValue(id: string, value: string, opts: ServerLineOptions): ParsedServerValue {
  if (opts.version !== '3.4') {
    const simple = parseSimple(value);
    if (simple) return simple;
  }
  return parseServerValueGeneral(id, value, opts);
}

/**
 * The usual 3.5+ line, `host:port:port[:participant|:observer][;[host:]port]` with plain decimal
 * ports: one match instead of the general parse below, with the same result (test/server-line.test.ts
 * holds the two equal). Anything else (IPv6, `|`, signs, spaces in ports, errors) returns undefined.
 */
const SIMPLE = /^([^:;|[\]]+):(\d{1,5}):(\d{1,5})(?::(participant|observer))?(?:;(?:([^:;|[\]]+):)?(\d{1,5}))?$/;

export function parseSimple(value: string): OneAddress | undefined {
  const m = SIMPLE.exec(value);
  if (!m) return undefined;
  const quorumPort = Number(m[2]);
  const electionPort = Number(m[3]);
  if (quorumPort > 0xffff || electionPort > 0xffff || quorumPort === electionPort) return undefined;
  let client: ClientAddress | undefined;
  if (m[6] !== undefined) {
    const port = Number(m[6]);
    if (port > 0xffff) return undefined;
    client = { host: m[5] ?? '0.0.0.0', port, hostGiven: m[5] !== undefined };
  }
  return new OneAddress(m[1] as string, quorumPort, electionPort, m[4] as Role | undefined, client);
}

/**
 * A valid value with one quorum address, the usual line: one object that is both the parse and its
 * only address (64 bytes, where a result, its address list and the address took 160: on 100,000
 * server lines that is ~10 MB of live heap). `addresses` is made when read, a new one-element
 * array each time, holding this object.
 */
export class OneAddress implements ParsedServerValue, QuorumAddress {
  constructor(
    readonly host: string,
    readonly quorumPort: number,
    readonly electionPort: number,
    readonly role: Role | undefined,
    readonly client: ClientAddress | undefined,
  ) {}
  get addresses(): QuorumAddress[] {
    return [this];
  }
  get error(): undefined {
    return undefined;
  }
  /** As the general parse's plain object (JSON.stringify). */
  toJSON(): ParsedServerValue {
    const { host, quorumPort, electionPort } = this;
    return { addresses: [{ host, quorumPort, electionPort }], role: this.role, client: this.client, error: undefined };
  }
}

/** The whole grammar, every error with ZooKeeper's words (exported for the equivalence test). */
export function parseServerValueGeneral(id: string, value: string, opts: ServerLineOptions): ParsedServerValue {
  const result: ParsedServerValue = { addresses: [], role: undefined, client: undefined, error: undefined };
  try {
    if (opts.version === '3.4') parse34(value, result);
    else parse35(id, value, opts, result);
  } catch (e) {
    if (e instanceof LineError) result.error = e.detail;
    else throw e;
  }
  return result;
}

function parse35(id: string, value: string, opts: ServerLineOptions, out: ParsedServerValue): void {
  const serverClient = javaSplit(value, ';');
  const serverPart = serverClient[0] ?? '';
  const wrong = () => fail(wrongFormat(value, opts.version), 0, value.length);
  if (serverClient.length === 2) {
    const clientText = serverClient[1] ?? '';
    const clientStart = serverPart.length + 1;
    const parts = hostAndPort(clientText, clientStart);
    if (parts.length > 2) wrong();
    const portText = parts[parts.length - 1] ?? '';
    const host = parts.length === 2 ? (parts[0] ?? '') : '0.0.0.0';
    const port = parseJavaInt(portText);
    const portSpan = { start: value.length - portText.length, end: value.length };
    if (!port.ok) {
      const shownHost = atLeast(opts.version, '3.7') ? 'null' : host;
      fail(`Address unresolved: ${shownHost}:${portText}`, portSpan.start, portSpan.end);
    }
    checkPort(port.value, portSpan.start, portSpan.end);
    out.client = { host, port: port.value, hostGiven: parts.length === 2 };
  }
  const addresses = atLeast(opts.version, '3.6') ? javaSplit(serverPart, '|') : [serverPart];
  if (addresses.length > 1 && !opts.multiAddressEnabled) {
    fail(
      `Multiple address feature is disabled, but multiple addresses were specified for sid ${id}`,
      0,
      serverPart.length,
    );
  }
  let offset = 0;
  let role: Role | undefined;
  for (const addr of addresses) {
    const parts = hostAndPort(addr, offset);
    if (serverClient.length > 2 || parts.length < 3 || parts.length > 4) wrong();
    const host = parts[0] ?? '';
    const quorumPort = portAt(addr, parts, 1, offset, host);
    const electionPort = portAt(addr, parts, 2, offset, host);
    if (quorumPort === electionPort) {
      fail(
        `Client and election port must be different! Please update the configuration file on server.${id}`,
        offset,
        offset + addr.length,
      );
    }
    if (parts.length === 4) {
      const rolePiece = parts[3] ?? '';
      const roleStart = offset + addr.length - rolePiece.length;
      const r = parseRole(rolePiece, roleStart);
      if (role !== undefined && role !== r) {
        fail(`Multiple addresses should have similar roles: PARTICIPANT vs ${r.toUpperCase()}`, 0, serverPart.length);
      }
      role = r;
    }
    out.addresses.push({ host, quorumPort, electionPort });
    offset += addr.length + 1;
  }
  out.role = role;
}

/** Port piece k (1: quorum, 2: election) of one address; a bad one fails pointing at its place in the value. */
function portAt(addr: string, parts: readonly string[], k: 1 | 2, offset: number, host: string): number {
  const text = parts[k] ?? '';
  const n = parseJavaInt(text);
  if (n.ok && n.value >= 0 && n.value <= 0xffff) return n.value;
  const span = addr.startsWith('[')
    ? pieceSpan(addr.slice(addr.indexOf(']') + 2), ':', k - 1, offset + addr.indexOf(']') + 2)
    : pieceSpan(addr, ':', k, offset);
  if (!n.ok) fail(`Address unresolved: ${host}:${text}`, span.start, span.end);
  checkPort(n.value, span.start, span.end);
  return n.value;
}

/** 3.4: `host:port[:port[:role]]`, optional `[v6]` prefix. */
/**
 * 3.4.13's QuorumPeerConfig: the value is trimmed (String.trim) like every value; split on `:`
 * (Java's split: trailing empty fields dropped), a leading `[v6]:` kept whole. A field count other
 * than 2 to 4 is only logged ("does not have the form ..."): fewer than two fails on `parts[1]`,
 * more are ignored. An election port of 0 or below means none (checked later for quorums:
 * "Missing election port for server: N"); other ports go into InetSocketAddress (0-65535).
 */
function parse34(raw: string, out: ParsedServerValue): void {
  const value = javaTrim(raw);
  let parts: string[];
  if (value.startsWith('[')) {
    const i = value.indexOf(']:');
    if (i < 0) fail(`${value} starts with '[' but has no matching ']:'`, 0, raw.length);
    parts = [value.slice(1, i), ...javaSplit(value.slice(i + 2), ':')];
  } else {
    parts = javaSplit(value, ':');
  }
  if (parts.length < 2) fail(`Index 1 out of bounds for length ${parts.length}`, 0, raw.length, 'crash');
  const q = parseJavaInt(parts[1] ?? '');
  if (!q.ok) fail(q.says, 0, raw.length, 'wrapped');
  let election: number | undefined;
  if (parts.length > 2) {
    const e = parseJavaInt(parts[2] ?? '');
    if (!e.ok) fail(e.says, 0, raw.length, 'wrapped');
    election = e.value;
  }
  if (parts.length > 3) {
    const r = (parts[3] ?? '').toLowerCase();
    if (r !== 'participant' && r !== 'observer') fail(`Unrecognised peertype: ${value}`, 0, raw.length);
    out.role = r;
  }
  if (q.value < 0 || q.value > 0xffff) fail(`port out of range:${q.value}`, 0, raw.length, 'wrapped');
  if (election !== undefined && election > 0xffff) fail(`port out of range:${election}`, 0, raw.length, 'wrapped');
  out.addresses.push({ host: parts[0] ?? '', quorumPort: q.value, electionPort: election !== undefined && election > 0 ? election : undefined });
}
