/**
 * Reading a file the user names on the command line or in options (linter config, baseline, env
 * file): only a regular file, and only when it is within a size limit checked before reading. A
 * FIFO without a writer, /dev/zero or a 10 GB file each end at once with a plain reason.
 */
import * as fs from 'node:fs';

/** A named input that cannot be read: the message says which, and why, in plain words. */
export class InputFileError extends Error {}

export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** The bytes of `file` as text (`encoding`), a leading UTF-8 byte order mark dropped. */
export function readInputFile(file: string, what: string, maxBytes = DEFAULT_MAX_INPUT_BYTES, encoding: BufferEncoding = 'utf8'): string {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new InputFileError(`cannot read ${what} ${file}: is a directory`);
    if (!st.isFile()) throw new InputFileError(`cannot read ${what} ${file}: not a regular file`);
    if (st.size > maxBytes) throw new InputFileError(`cannot read ${what} ${file}: too large (${st.size} bytes, limit ${maxBytes})`);
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = fs.readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    const text = buf.subarray(0, off).toString(encoding);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', ELOOP: 'too many levels of symbolic links', EISDIR: 'is a directory', ENOTDIR: 'not a directory' };
    throw new InputFileError(`cannot read ${what} ${file}: ${why[err.code ?? ''] ?? err.message}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
