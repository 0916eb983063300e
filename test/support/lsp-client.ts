/** A minimal JSON-RPC client over a spawned `zklint lsp --stdio` (Content-Length framing, as editors speak it). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'bin/zklint.cjs');

type Msg = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Msg) => void>();
  readonly notifications: Msg[] = [];
  private waiters: Array<{ test: (m: Msg) => boolean; resolve: (m: Msg) => void }> = [];
  stderr = '';

  constructor(args: string[] = ['lsp', '--stdio'], cwd = ROOT) {
    this.proc = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (c: Buffer) => this.onData(c));
    this.proc.stderr.on('data', (c: Buffer) => (this.stderr += c.toString()));
  }

  private onData(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString('ascii'));
      if (!m) throw new Error(`bad header: ${this.buf.subarray(0, head).toString()}`);
      const len = Number(m[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8')) as Msg;
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.id !== undefined && msg.method === undefined) this.pending.get(msg.id)?.(msg);
      else if (msg.method !== undefined && msg.id !== undefined) this.send({ jsonrpc: '2.0', id: msg.id, result: null }); // server → client requests
      else {
        this.notifications.push(msg);
        this.waiters = this.waiters.filter((w) => (w.test(msg) ? (w.resolve(msg), false) : true));
      }
    }
  }

  /** Writes raw bytes (for malformed-message tests). */
  raw(body: string): void {
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private send(m: Msg): void {
    this.raw(JSON.stringify(m));
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((res, rej) => {
      this.pending.set(id, (m) => (m.error ? rej(new Error(m.error.message)) : res(m.result as T)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification matching `test` (or one already received after `since`). */
  waitFor(test: (m: Msg) => boolean, since = 0): Promise<Msg> {
    const seen = this.notifications.slice(since).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  diagnosticsFor(uri: string, since = 0): Promise<{ uri: string; version?: number; diagnostics: LspDiag[] }> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, since).then(
      (m) => m.params as { uri: string; diagnostics: LspDiag[] },
    );
  }

  exited(): Promise<number | null> {
    return new Promise((res) => (this.proc.exitCode !== null ? res(this.proc.exitCode) : this.proc.on('exit', (code) => res(code))));
  }
}

export interface LspDiag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  source?: string;
  message: string;
  codeDescription?: { href: string };
  relatedInformation?: Array<{ location: { uri: string; range: LspDiag['range'] }; message: string }>;
  data?: unknown;
}
