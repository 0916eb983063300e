/**
 * The two Node globals the library touches, for the browser build of the playground (esbuild
 * injects these where the code names `Buffer` or `process`). `Buffer` covers only what the library
 * does with it: bytes from a Latin-1 or UTF-8 string or a byte view, and back to Latin-1 or UTF-8
 * text. Anything else throws, so a new use shows up in the playground test instead of misbehaving.
 */
type Encoding = 'latin1' | 'utf8' | 'utf-8';

/** Bytes that turn back into text as a Node Buffer does (Latin-1 or UTF-8). */
class BufferBytes extends Uint8Array {
  override toString(enc: Encoding = 'utf8'): string {
    if (enc === 'latin1') {
      let s = '';
      for (let i = 0; i < this.length; i += 8192) s += String.fromCharCode(...this.subarray(i, i + 8192));
      return s;
    }
    if (enc === 'utf8' || enc === 'utf-8') return new TextDecoder('utf-8').decode(this);
    throw new Error(`playground Buffer: encoding ${String(enc)} not supported`);
  }
}

function from(input: string | ArrayBufferLike | ArrayLike<number>, encOrOffset?: Encoding | number, length?: number): BufferBytes {
  if (typeof input === 'string') {
    const enc = (encOrOffset ?? 'utf8') as Encoding;
    if (enc === 'latin1') {
      const out = new BufferBytes(input.length);
      for (let i = 0; i < input.length; i++) out[i] = input.charCodeAt(i) & 0xff;
      return out;
    }
    if (enc === 'utf8' || enc === 'utf-8') {
      const bytes = new TextEncoder().encode(input);
      return new BufferBytes(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    throw new Error(`playground Buffer: encoding ${String(enc)} not supported`);
  }
  if (input instanceof ArrayBuffer) {
    const offset = (encOrOffset as number | undefined) ?? 0;
    return new BufferBytes(input, offset, length ?? input.byteLength - offset);
  }
  const src = input as ArrayLike<number>;
  const out = new BufferBytes(src.length);
  out.set(src);
  return out;
}

export const Buffer = {
  from,
  allocUnsafe: (size: number) => new BufferBytes(size),
  isBuffer: (x: unknown) => x instanceof BufferBytes,
};

/** No working directory in a browser: the playground's files live under `/`. */
export const process = {
  cwd: () => '/',
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  pid: 0,
};
