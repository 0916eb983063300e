/**
 * `<dataDir>/myid` as QuorumPeerConfig.setupMyId reads it (3.5.1+): only when it is a regular file,
 * first line only (terminators `\n`, `\r\n`, `\r`), not trimmed, then Long.parseLong. `-1` is
 * ZooKeeper's "unset" sentinel, so it later reads as a missing file.
 */
import type { NotChecked } from './data-dir.js';
import { javaLongText } from './java.js';
import type { MyIdRead } from '../load/host-facts.js';

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
 * The server's id, from the loader's reading of `<dataDir>/myid`. `optionId` (from inventory) stands
 * in for the file only where the file cannot be read (away from the server); where it can (on the
 * host, or in a rendered tree), the file is what ZooKeeper uses, so it is reported as it is, with
 * `optionId` kept for comparison.
 */
export function myIdFacts(read: MyIdRead, optionId: string | undefined): MyIdFacts {
  const file = fromRead(read);
  if (optionId === undefined) return facts(file);
  if (file.state === 'not-checked') return facts({ source: 'option', state: 'ok', id: optionId });
  return facts({ ...file, optionId });
}

function fromRead(r: MyIdRead): MyIdFacts {
  switch (r.state) {
    case 'no-data-dir':
      return r.zkPath === undefined
        ? { source: 'none', state: 'not-checked', notChecked: r.notChecked }
        : { source: 'none', state: 'not-checked', zkPath: r.zkPath, notChecked: r.notChecked };
    case 'will-be-created':
      return { source: 'file', state: 'missing', zkPath: r.zkPath, willBeCreated: true };
    case 'missing':
    case 'directory':
      return { source: 'file', state: r.state, zkPath: r.zkPath, hostPath: r.hostPath };
    case 'unreadable':
      return { source: 'file', state: 'unreadable', zkPath: r.zkPath, hostPath: r.hostPath, reason: r.reason };
    case 'read': {
      const { id, says } = parseMyIdLine(r.firstLine);
      if (says !== undefined) return { source: 'file', state: 'invalid', zkPath: r.zkPath, hostPath: r.hostPath, firstLine: r.firstLine, says };
      return { source: 'file', state: 'ok', zkPath: r.zkPath, hostPath: r.hostPath, firstLine: r.firstLine, id: id as string };
    }
  }
}
