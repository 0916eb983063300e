/**
 * Reading a config file the way ZooKeeper does: raw bytes decoded as ISO-8859-1
 * (java.util.Properties.load(InputStream)). Problems that stop zklint from reading the file
 * become a `LoadProblem`, never an exception.
 */
import type { FileSystem } from '../fs.js';
import { FsError, releaseBytes } from '../fs.js';
import { lineStarts } from './positions.js';

export interface SourceFile {
  /** The path as the user gave it (used in diagnostics). */
  path: string;
  /** Decoded text: one char per byte (Latin-1). */
  text: string;
  /** Offset of each line's first character (`lineStarts(text)`: an Int32Array; any array of numbers will do). */
  lineStarts: ArrayLike<number>;
}

export type LoadProblemCode = 'missing' | 'unreadable' | 'directory' | 'not-regular' | 'too-large' | 'binary' | 'utf16' | 'not-config';

/** Why a file cannot be linted: a reason code and the facts behind it (no prose: the rule words it). */
export interface LoadProblem {
  code: LoadProblemCode;
  /** The system's own words, for `unreadable` and `too-large`. */
  detail?: string;
  /**
   * `binary` and `utf16`: the bytes decoded as ZooKeeper reads them all the same (ISO-8859-1), so
   * that the linter can say what ZooKeeper does with them.
   */
  text?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

export function sourceFromText(path: string, text: string): SourceFile {
  return { path, text, lineStarts: lineStarts(text) };
}

export function decodeLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The TypedArray builtin: Buffer's own indexOf wraps it in argument handling that costs more than the search. */
const byteIndexOf = Uint8Array.prototype.indexOf;

/**
 * Classifies bytes that are not a text properties file. ZooKeeper reads any bytes as ISO-8859-1,
 * NUL included (a NUL in a comment is ignored, trailing ones are trimmed from values), so a few
 * NUL or control bytes in a config are text and get linted as ZooKeeper reads them. Only these
 * are not:
 *   utf16   a UTF-16 byte-order mark, or NULs in a quarter of the bytes, nine in ten of them at
 *           even offsets or nine in ten at odd ones (UTF-16 without a mark; at least four):
 *           ZooKeeper sees no key it knows, so no dataDir;
 *   binary  control bytes (other than tab, LF, CR, FF) in more than a tenth of the bytes
 *           (at least four), and no line that starts with a key every config has.
 * Only the first 64 KiB are looked at.
 */
export function binaryProblem(bytes: Uint8Array): LoadProblem | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { code: 'utf16' };
  }
  const head = bytes.length > 64 * 1024 ? bytes.subarray(0, 64 * 1024) : bytes;
  if (byteIndexOf.call(head, 0) < 0) return undefined;
  let nul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] as number;
    if (b === 0) {
      nul++;
      oddNul += i & 1;
    }
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  // UTF-16 puts the NUL of an ASCII character on one side of each pair; a run of NULs (a sparse
  // file, zeroed blocks) has them on both sides and is binary.
  const oneSide = Math.max(oddNul, nul - oddNul) * 10 >= nul * 9;
  if (nul >= 4 && nul * 4 >= head.length && oneSide) return { code: 'utf16' };
  if (control >= 4 && control * 10 > head.length && !CONFIG_LINE.test(decodeLatin1(head))) {
    return { code: 'binary' };
  }
  return undefined;
}

/**
 * A line that starts with a key every config has (then a separator): a short config with a few NULs
 * in it has a tenth of control bytes, and ZooKeeper reads it all the same, so it is linted (a binary
 * file does not have such a line). Before and after the key, any characters up to U+0020 may stand:
 * Properties skips blanks, and ZooKeeper trims each key with String.trim, which also drops NUL and
 * the other controls (`\0\0dataDir=/data` sets dataDir; real 3.4, 3.8 and 3.9 start with it).
 */
const CONFIG_LINE = /(?:^|[\r\n])[\0- ]*(?:dataDir|dataLogDir|clientPort|tickTime|initLimit|syncLimit|dynamicConfigFile|server\.\d+)[\0- ]*[=:\s]/;

export function readSource(
  fs: FileSystem,
  displayPath: string,
  hostPath: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): { source: SourceFile; problem?: undefined } | { source?: undefined; problem: LoadProblem } {
  let bytes: Uint8Array;
  try {
    const st = fs.stat(hostPath);
    if (!st) return { problem: { code: 'missing' } };
    if (st.kind === 'directory') return { problem: { code: 'directory' } };
    if (st.kind !== 'file') return { problem: { code: 'not-regular' } };
    bytes = fs.readFile(hostPath, maxBytes);
  } catch (e) {
    if (e instanceof FsError && e.code === 'EFBIG') {
      return { problem: { code: 'too-large', detail: e.message } };
    }
    const msg = e instanceof FsError ? e.message : String((e as Error)?.message ?? e);
    return { problem: { code: 'unreadable', detail: msg } };
  }
  const bad = binaryProblem(bytes);
  const text = decodeLatin1(bytes);
  // The text is a copy: the bytes (as large as the file) are not needed any more.
  releaseBytes(fs, bytes);
  if (bad) return { problem: { ...bad, text } };
  return { source: sourceFromText(displayPath, text) };
}
