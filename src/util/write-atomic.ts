/**
 * The one way zklint writes a file (reports with -o, baselines, --fix): the new bytes go to a
 * temporary file in the same folder, are flushed to disk, and replace the target by rename, so a
 * reader sees the old file or the new one, never a truncated one, and a failed write (full disk)
 * leaves the old file as it was. A symlink is replaced by its target's new content only when
 * `followSymlink` is set; otherwise the link's target is written through the resolved real path
 * (the link itself stays a link). The mode of an existing target is kept; its owner too where the
 * process may set it.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

// Loaded on first write: node:crypto (and the streams it pulls in) would otherwise load at every start
// of the bundled CLI, which writes nothing on most runs.
let crypto: typeof import('node:crypto') | undefined;
const randomHex = (bytes: number) =>
  (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(bytes).toString('hex');

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return err.message ?? String(e);
  }
}

/** Where the bytes really go: a symlink's final target (so the link stays a link), else the path. */
function resolveTarget(path: string): { target: string; existing?: fs.Stats } {
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(path);
  } catch {
    return { target: path };
  }
  if (existing.isDirectory()) throw new WriteError(path, 'it is a folder');
  if (!existing.isFile()) throw new WriteError(path, 'it is not a regular file');
  return { target: fs.realpathSync(path), existing };
}

/** Writes `data` to `path` atomically (see the module comment). Throws WriteError with a plain reason. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const { target, existing } = resolveTarget(path);
  const tmp = join(dirname(target), `.${basename(target)}.zklint-${process.pid}-${randomHex(4)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (existing) {
      fs.chmodSync(tmp, existing.mode & 0o7777); // openSync's mode is masked by the umask
      try {
        fs.chownSync(tmp, existing.uid, existing.gid);
      } catch {
        // Not permitted for this process: the file keeps the writer's owner, as any editor would.
      }
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never created */
    }
    if (e instanceof WriteError) throw e;
    throw new WriteError(path, reasonOf(e));
  }
  try {
    // The rename is durable once the folder is flushed; not every platform can open a folder.
    const dfd = fs.openSync(dirname(target), 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* best effort */
  }
}
