/**
 * What the playground holds (every node's config, its data directory and myid, the version) and
 * its permalink form: JSON, deflated with the browser's CompressionStream, base64url, in the URL
 * fragment. Nothing here touches the page, so it runs under Node in the unit tests as well.
 */
import { ZK_VERSIONS, type ZkVersion } from '../../src/index.js';
import exampleConfig from '../../examples/missing-myid/zoo.cfg?raw';

export interface NodeState {
  /** Tab name; also the node's folder in the in-memory tree. */
  name: string;
  config: string;
  /** Whether the node's data directory exists (ZooKeeper creates a missing one, empty). */
  dataDir: boolean;
  /** The content of `<dataDir>/myid`; `null`: no such file. */
  myid: string | null;
  /**
   * Other files on this node, by absolute path as ZooKeeper sees it (a dynamicConfigFile, a
   * snapshot under version-2/…); a path ending in `/` is an empty directory.
   */
  files: NodeFile[];
}

export interface NodeFile {
  path: string;
  text: string;
}

export interface PlaygroundState {
  version: ZkVersion;
  /** The ensemble must survive this many failures (`--fault-tolerance`); `null`: not checked. */
  faultTolerance: number | null;
  nodes: NodeState[];
  /** Index of the node shown in the editor. */
  active: number;
}

/** The README's example: the five-server config whose data directory has no myid. */
export function exampleState(): PlaygroundState {
  return {
    version: '3.8',
    faultTolerance: 4,
    nodes: [{ name: 'node1', config: exampleConfig, dataDir: true, myid: null, files: [] }],
    active: 0,
  };
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Checks a decoded permalink field by field: a hand-edited or truncated link gives a plain reason. */
export function validateState(x: unknown): PlaygroundState {
  const fail = (why: string): never => {
    throw new Error(`this permalink does not hold a playground state: ${why}`);
  };
  if (typeof x !== 'object' || x === null) fail('not an object');
  const o = x as Record<string, unknown>;
  if (!(ZK_VERSIONS as readonly unknown[]).includes(o.version)) fail(`unknown ZooKeeper version ${JSON.stringify(o.version)}`);
  const ft = o.faultTolerance;
  if (ft !== null && !(typeof ft === 'number' && Number.isInteger(ft) && ft >= 0 && ft <= 100)) fail('bad fault tolerance');
  if (!Array.isArray(o.nodes) || o.nodes.length === 0 || o.nodes.length > 16) fail('between 1 and 16 nodes expected');
  const names = new Set<string>();
  const nodes = (o.nodes as unknown[]).map((n, i): NodeState => {
    if (typeof n !== 'object' || n === null) return fail(`node ${i + 1} is not an object`);
    const r = n as Record<string, unknown>;
    if (typeof r.name !== 'string' || !NAME.test(r.name) || names.has(r.name)) fail(`node ${i + 1} has a bad or repeated name`);
    names.add(r.name as string);
    if (typeof r.config !== 'string') fail(`node ${i + 1} has no config text`);
    if (typeof r.dataDir !== 'boolean') fail(`node ${i + 1}: dataDir must be true or false`);
    if (r.myid !== null && typeof r.myid !== 'string') fail(`node ${i + 1}: myid must be text or null`);
    const files = r.files ?? [];
    if (!Array.isArray(files) || files.length > 32) fail(`node ${i + 1}: files must be a list (at most 32)`);
    const checked = (files as unknown[]).map((f, j): NodeFile => {
      const o = f as Record<string, unknown> | null;
      if (typeof o !== 'object' || o === null || typeof o.path !== 'string' || typeof o.text !== 'string') return fail(`node ${i + 1}, file ${j + 1}: path and text expected`);
      return { path: o.path, text: o.text };
    });
    return { name: r.name as string, config: r.config as string, dataDir: r.dataDir as boolean, myid: r.myid as string | null, files: checked };
  });
  const active = typeof o.active === 'number' && Number.isInteger(o.active) && o.active >= 0 && o.active < nodes.length ? o.active : 0;
  return { version: o.version as ZkVersion, faultTolerance: (ft as number | null) ?? null, nodes, active };
}

/** A name not yet used by a node: node1, node2, … */
export function freshName(state: PlaygroundState): string {
  const used = new Set(state.nodes.map((n) => n.name));
  for (let i = 1; ; i++) if (!used.has(`node${i}`)) return `node${i}`;
}

/** A file path the playground can place on a node: absolute, without `.` or `..` parts. */
export function placeablePath(p: string): boolean {
  return p.startsWith('/') && p.length > 1 && !p.split('/').some((x) => x === '.' || x === '..') && !p.includes('\0');
}

/** The smallest id (1, 2, …) no node's myid holds yet. */
export function freshMyid(state: PlaygroundState): string {
  const used = new Set(state.nodes.map((n) => (n.myid ?? '').trim()));
  for (let i = 1; ; i++) if (!used.has(String(i))) return String(i);
}

const PREFIX = 'z1.';

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('this permalink is damaged: it has characters base64url does not use');
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The fragment (without `#`) that holds the whole state. */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The state a fragment holds; throws an Error with a plain reason when it holds none. */
export async function decodeState(fragment: string): Promise<PlaygroundState> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) throw new Error('this permalink is not one the playground made (it should start with #z1.)');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw')));
  } catch (e) {
    throw new Error(`this permalink is damaged or cut short (${(e as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('this permalink is damaged: its content is not JSON');
  }
  return validateState(parsed);
}
