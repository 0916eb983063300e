/**
 * `<dataDir>/myid` as QuorumPeerConfig.setupMyId reads it (3.5.1+): only when it is a regular file,
 * first line only (terminators `\n`, `\r\n`, `\r`), not trimmed, then Long.parseLong. `-1` is
 * ZooKeeper's "unset" sentinel, so it later reads as a missing file.
 */
import { FsError } from '../fs.js';
import type { DirFacts, NotChecked, Placement } from './data-dir.js';
import { safeStat } from './data-dir.js';
import { javaLongText } from './java.js';
import { joinName } from '../util/join.js';

export type MyIdState = 'ok' | 'missing' | 'invalid' | 'unreadable' | 'not-checked' | 'directory';

export interface MyIdFacts {
  source: 'option' | 'file' | 'none';
  state: MyIdState;
  /** Normalised id (decimal string) when it parses. */
  id?: string;
  /** The first line as ZooKeeper reads it; `null` for an empty file (Java's readLine). */
  firstLine?: string | null;
  /** ZooKeeper's words for an invalid file. */
  says?: string;
  zkPath?: string;
  hostPath?: string;
  /** Why it was not checked (`no-data-dir`: dataDir is not set or not a readable directory). */
  notChecked?: NotChecked | 'no-data-dir';
  /** The system's words when the file cannot be read. */
  reason?: string;
  /**
   * The id the caller gave (from inventory) when the file was also read: ZooKeeper uses the file,
   * so a different `id` here means the server runs as another member than the inventory says.
   */
  optionId?: string;
  /** Whether the data directory will be created empty by ZooKeeper (on the host, dir absent). */
  willBeCreated?: boolean;
}

const MAX_MYID_BYTES = 64 * 1024;

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

export function firstLine(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  // A myid is a few ASCII digits: those bytes are their own UTF-8 decoding.
  const text =
    bytes.length <= 64 && isAscii(bytes)
      ? String.fromCharCode.apply(null, bytes as unknown as number[])
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const cut = text.search(/[\r\n]/);
  return cut < 0 ? text : text.slice(0, cut);
}

export function parseMyIdLine(line: string | null): { id?: string; says?: string } {
  const n = line === null ? undefined : javaLongText(line);
  if (!n || !n.ok) return { says: `serverid ${line} is not a number` };
  return { id: n.value };
}

/** One hidden class for every MyIdFacts (absent fields undefined): rules read them monomorphically. */
function facts(f: MyIdFacts): MyIdFacts {
  return {
    source: f.source,
    state: f.state,
    id: f.id,
    firstLine: f.firstLine,
    says: f.says,
    zkPath: f.zkPath,
    hostPath: f.hostPath,
    notChecked: f.notChecked,
    reason: f.reason,
    optionId: f.optionId,
    willBeCreated: f.willBeCreated,
  };
}

/**
 * The server's id. `optionId` (from inventory) stands in for the file only where the file cannot be
 * read (away from the server); where it can (on the host, or in a rendered tree), the file is what
 * ZooKeeper uses, so it is read and reported as it is, with `optionId` kept for comparison.
 */
export function readMyId(p: Placement, dataDir: DirFacts | undefined, optionId: string | undefined): MyIdFacts {
  const file = read(p, dataDir);
  if (optionId === undefined) return facts(file);
  if (file.state === 'not-checked') return facts({ source: 'option', state: 'ok', id: optionId });
  return facts({ ...file, optionId });
}

function read(p: Placement, dataDir: DirFacts | undefined): MyIdFacts {
  if (!dataDir) return { source: 'none', state: 'not-checked', notChecked: 'no-data-dir' };
  const zkPath = joinName(dataDir.zkPath, 'myid');
  if (dataDir.state === 'absent') {
    return { source: 'file', state: 'missing', zkPath, willBeCreated: true };
  }
  if (dataDir.state !== 'present' || dataDir.hostPath === undefined) {
    return { source: 'none', state: 'not-checked', zkPath, notChecked: dataDir.notChecked ?? 'no-data-dir' };
  }
  const hostPath = joinName(dataDir.hostPath, 'myid');
  const st = safeStat(p.fs, hostPath);
  if (!st) return { source: 'file', state: 'missing', zkPath, hostPath };
  if (st.kind === 'directory') return { source: 'file', state: 'directory', zkPath, hostPath };
  if (st.kind !== 'file') return { source: 'file', state: 'missing', zkPath, hostPath };
  let bytes: Uint8Array;
  try {
    bytes = p.fs.readFile(hostPath, MAX_MYID_BYTES);
  } catch (e) {
    const why = e instanceof FsError ? e.message : String(e);
    return { source: 'file', state: 'unreadable', zkPath, hostPath, reason: why };
  }
  const line = firstLine(bytes);
  const { id, says } = parseMyIdLine(line);
  if (says !== undefined) return { source: 'file', state: 'invalid', zkPath, hostPath, firstLine: line, says };
  return { source: 'file', state: 'ok', zkPath, hostPath, firstLine: line, id: id as string };
}
