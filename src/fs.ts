/**
 * The file-system seam. Everything zklint reads goes through a `FileSystem`, so tests and
 * pipelines can lint a tree that exists only in memory. zklint only ever reads through it.
 */
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { isNormalPosixAbsolute } from './util/join.js';

export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  size: number;
}

/** Error codes zklint distinguishes; anything else is reported by its message. */
export type FsErrorCode = 'ENOENT' | 'EACCES' | 'EISDIR' | 'ENOTDIR' | 'ELOOP' | 'EFBIG' | 'EIO';

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface FileSystem {
  /** Follows symbolic links. `undefined` when nothing is there (or a link points nowhere). */
  stat(p: string): FileStat | undefined;
  /** Reads at most `maxBytes` bytes; throws FsError('EFBIG') when the file is larger. */
  readFile(p: string, maxBytes?: number): Uint8Array;
  /** Names in a directory (not paths), unsorted. */
  readDir(p: string): string[];
  /**
   * The target of a symbolic link, as written in it; `undefined` when `p` is not a link (or not
   * there). Optional: a file system without links (the memory one) leaves it out. `--root` uses it
   * to follow links only while they stay inside the root.
   */
  readLink?(p: string): string | undefined;
}

function toFsError(e: unknown): FsError {
  const err = e as NodeJS.ErrnoException;
  const known: FsErrorCode[] = ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'ELOOP'];
  const code = known.includes(err.code as FsErrorCode) ? (err.code as FsErrorCode) : 'EIO';
  const text: Record<FsErrorCode, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many levels of symbolic links',
    EFBIG: 'file too large',
    EIO: err.message ?? 'input/output error',
  };
  return new FsError(code, text[code]);
}

/** Files this large or larger are read into a buffer releaseBytes can shrink. */
const RELEASABLE_FROM = 64 * 1024;
/** ArrayBuffer with ES2024's maxByteLength (Node 20 has it; the ES2022 typings do not). */
const ResizableArrayBuffer = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer;

/**
 * File systems whose every read returns bytes no one else holds: the real disk, and a root over it.
 * Only their reads may be given back (a memory file system returns the bytes it keeps; a caller's
 * own file system may cache what it returns).
 */
const FRESH_READS = new WeakSet<FileSystem>();

/**
 * Gives back the memory of `bytes`, read from `fs`, once the reader is done with them: only when
 * `fs` reads afresh (the real disk, or a root over it) and the bytes are the whole of a buffer that
 * can shrink (the real disk's reads of 64 KiB or more). No view of them may be used afterwards.
 */
export function releaseBytes(fs: FileSystem, bytes: Uint8Array): void {
  if (!FRESH_READS.has(fs)) return;
  const buffer = bytes.buffer as ArrayBuffer & { resizable?: boolean; resize?(length: number): void };
  if (buffer.resizable === true && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) buffer.resize?.(0);
}

/** The real disk, read-only. */
export const nodeFileSystem: FileSystem = {
  stat(p) {
    try {
      const s = nodeFs.statSync(p);
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      if (code === 'ELOOP') return { kind: 'other', size: 0 };
      throw toFsError(e);
    }
  },
  readFile(p, maxBytes = Number.MAX_SAFE_INTEGER) {
    let fd: number | undefined;
    try {
      // O_NONBLOCK: opening a FIFO must not wait for a writer (no effect on regular files).
      fd = nodeFs.openSync(p, nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0));
      const st = nodeFs.fstatSync(fd);
      if (!st.isFile()) throw new FsError(st.isDirectory() ? 'EISDIR' : 'EIO', st.isDirectory() ? 'is a directory' : 'not a regular file');
      if (st.size > maxBytes) throw new FsError('EFBIG', `file too large (${st.size} bytes, limit ${maxBytes})`);
      // A large file gets a buffer that can shrink, so that a reader done with the bytes gives their
      // memory back at once (releaseBytes): a large config's bytes had stayed allocated, unused, to
      // the run's end. (A small one comes from Node's pool: a resizable buffer is a mapping of its own.)
      const buf = st.size >= RELEASABLE_FROM ? new Uint8Array(new ResizableArrayBuffer(st.size, { maxByteLength: st.size }), 0, st.size) : Buffer.allocUnsafe(st.size);
      let off = 0;
      while (off < st.size) {
        const n = nodeFs.readSync(fd, buf, off, st.size - off, off);
        if (n === 0) break;
        off += n;
      }
      return buf.subarray(0, off);
    } catch (e) {
      throw e instanceof FsError ? e : toFsError(e);
    } finally {
      if (fd !== undefined) nodeFs.closeSync(fd);
    }
  },
  readDir(p) {
    try {
      return nodeFs.readdirSync(p);
    } catch (e) {
      throw toFsError(e);
    }
  },
  readLink(p) {
    try {
      return nodeFs.lstatSync(p).isSymbolicLink() ? nodeFs.readlinkSync(p) : undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw toFsError(e);
    }
  },
};
FRESH_READS.add(nodeFileSystem);

const MAX_LINKS = 40; // as Linux's path walk

/**
 * Where `p` (a path inside `root`) is, walked as a chroot into `root` would: `..` stops at the
 * root, and a symbolic link is followed with its target taken inside the root (an absolute target
 * starts again at the root). For a path inside the root, the result is inside it and names no
 * link, so reading it never leaves the root. Other paths are returned as given.
 */
export function resolveInRoot(fs: FileSystem, root: string, p: string): string {
  const absRoot = path.resolve(root);
  const abs = path.resolve(p);
  const rel = abs === absRoot ? '' : abs.startsWith(absRoot.endsWith(path.sep) ? absRoot : absRoot + path.sep) ? abs.slice(absRoot.length) : undefined;
  // A path outside the root is an input of the user's (the config, a file beside it): as given.
  if (rel === undefined) return p;
  const todo = rel.split(/[\\/]+/).filter((c) => c !== '' && c !== '.').reverse();
  const done: string[] = [];
  let links = 0;
  while (todo.length > 0) {
    const c = todo.pop() as string;
    if (c === '.') continue;
    if (c === '..') {
      done.pop();
      continue;
    }
    done.push(c);
    const target = fs.readLink?.(path.join(absRoot, ...done));
    if (target === undefined) continue;
    if (++links > MAX_LINKS) throw new FsError('ELOOP', 'too many levels of symbolic links');
    done.pop();
    if (target.startsWith('/')) done.length = 0;
    for (const t of target.split('/').filter((x) => x !== '').reverse()) todo.push(t);
  }
  return path.join(absRoot, ...done);
}

/**
 * The file system as seen from inside `root` (for `--root`): every path inside the root is
 * resolved with `resolveInRoot` before it is read, so no dataDir, dynamic file, myid, epoch file
 * or link leads outside it.
 */
export function rootedFileSystem(fs: FileSystem, root: string): FileSystem {
  const inRoot = (p: string) => resolveInRoot(fs, root, p);
  const rooted: FileSystem = {
    stat: (p) => fs.stat(inRoot(p)),
    readFile: (p, maxBytes) => fs.readFile(inRoot(p), maxBytes),
    readDir: (p) => fs.readDir(inRoot(p)),
  };
  if (FRESH_READS.has(fs)) FRESH_READS.add(rooted);
  return rooted;
}


export type MemoryTree = Record<string, string | Uint8Array | null>;

/**
 * An in-memory file system. Keys are absolute POSIX paths; a string or bytes value is a file,
 * `null` is an (empty) directory. Parent directories exist implicitly.
 */
export function createMemoryFileSystem(tree: MemoryTree): FileSystem {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>(['/']);
  const addParents = (p: string) => {
    for (let d = path.posix.dirname(p); !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
  };
  for (const [raw, content] of Object.entries(tree)) {
    const p = path.posix.resolve('/', raw);
    addParents(p);
    if (content === null) dirs.add(p);
    else files.set(p, typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
  }
  // Most paths arrive absolute and clean: skip the (comparatively costly) resolve for those.
  const norm = (p: string) => (isNormalPosixAbsolute(p) ? p : path.posix.resolve('/', p));
  // Children per directory, built with the tree (as a disk has its directories): listing stays
  // cheap with many files.
  const children = new Map<string, Set<string>>();
  const addChild = (k: string) => {
    if (k === '/') return;
    const slash = k.lastIndexOf('/');
    const parent = slash === 0 ? '/' : k.slice(0, slash);
    let set = children.get(parent);
    if (!set) children.set(parent, (set = new Set()));
    set.add(k.slice(slash + 1));
  };
  for (const k of files.keys()) addChild(k);
  for (const k of dirs) addChild(k);
  // Keys are normal paths, so a path found as given needs no normalising; only a miss is retried.
  const find = <T>(table: Map<string, T>, p: string): T | undefined => {
    const hit = table.get(p);
    if (hit !== undefined) return hit;
    const n = norm(p);
    return n === p ? undefined : table.get(n);
  };
  const fileStats = new Map<string, FileStat>();
  for (const [k, f] of files) fileStats.set(k, Object.freeze({ kind: 'file', size: f.length }));
  const DIR: FileStat = Object.freeze({ kind: 'directory', size: 0 });
  return {
    stat(p) {
      const f = find(fileStats, p);
      if (f) return f;
      return dirs.has(p) || dirs.has(norm(p)) ? DIR : undefined;
    },
    readFile(p, maxBytes = Number.MAX_SAFE_INTEGER) {
      const n = norm(p);
      const f = files.get(n);
      if (!f) throw dirs.has(n) ? new FsError('EISDIR', 'is a directory') : new FsError('ENOENT', 'no such file or directory');
      if (f.length > maxBytes) throw new FsError('EFBIG', `file too large (${f.length} bytes, limit ${maxBytes})`);
      return f;
    },
    readDir(p) {
      const n = norm(p);
      if (!dirs.has(n)) throw new FsError(files.has(n) ? 'ENOTDIR' : 'ENOENT', files.has(n) ? 'not a directory' : 'no such file or directory');
      return [...(children.get(n) ?? [])];
    },
  };
}
