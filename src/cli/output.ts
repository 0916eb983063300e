/**
 * Standard output and error for the command, written with write(2) on file descriptors 1 and 2.
 * Touching `process.stdout` or `process.stderr` makes Node build a stream for it (a socket for a
 * pipe, loading node:net and node:stream), which was a tenth of a start; the command writes whole
 * reports at once and needs none of it. A descriptor that refuses a synchronous write (EAGAIN: a
 * non-blocking pipe shared with another process) hands the rest, in order, to Node's stream.
 * A reader that stops early (`zklint … | head`) closes the pipe: the rest of the output is dropped
 * quietly (EPIPE). Any other write error is reported once through `onError`.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

/** What the command writes to: the report, messages, fixed text. */
export interface Output {
  write(chunk: string | Uint8Array): unknown;
}

export class FdOutput implements Output {
  private stream: NodeJS.WriteStream | undefined;
  private closed = false;

  constructor(
    private readonly fd: 1 | 2,
    private readonly onError: (e: NodeJS.ErrnoException) => void,
  ) {}

  write(chunk: string | Uint8Array): boolean {
    if (this.closed) return false;
    if (this.stream !== undefined) return this.stream.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let done = 0;
    while (done < bytes.length) {
      try {
        done += fs.writeSync(this.fd, bytes, done, bytes.length - done);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EAGAIN') return this.toStream().write(bytes.subarray(done));
        this.closed = true;
        if (err.code !== 'EPIPE') this.onError(err);
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the descriptor is a terminal. node:tty is loaded only for a character device other than
   * /dev/null (where hooks and scripts often send output).
   */
  isTTY(): boolean {
    try {
      const st = fs.fstatSync(this.fd);
      if (!st.isCharacterDevice()) return false;
      if (st.rdev === fs.statSync('/dev/null', { throwIfNoEntry: false })?.rdev) return false;
    } catch {
      // fstat failed: let isatty decide.
    }
    // node:tty loads node:net: only when it can matter.
    return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(this.fd);
  }

  private toStream(): NodeJS.WriteStream {
    const stream = this.fd === 1 ? process.stdout : process.stderr;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (this.closed) return;
      this.closed = true;
      if (e.code !== 'EPIPE') this.onError(e);
    });
    this.stream = stream;
    return stream;
  }
}
