/**
 * `zklint lsp --stdio`: the Language Server Protocol over standard input and output.
 *
 * Documents are linted with the library's `lintText` on open and (debounced) on change, with the
 * options the command would use for that file (src/cli/options.ts: the linter config found upward
 * from the file, its severities, `zkVersion`, `jvmFlags`…, and the server's settings in place of
 * flags). Relative paths (dataDir, dynamicConfigFile) resolve from the file's folder, as with
 * `zklint --stdin --stdin-filename FILE`; the data directory is read as the command reads it (no
 * `onHost` unless the settings say so). Files open in the editor are read from the editor (a dynamic
 * file being edited is seen unsaved).
 *
 * A bad message or an exception while linting one document is logged and shown on that document;
 * it never stops the server.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../lint.js';
import { builtinRegistry } from '../builtin-registry.js';
import { nodeFileSystem, type FileSystem } from '../fs.js';
import { parseJvmFlags, type LintOptions } from '../options.js';
import { DEFAULT_ZK_VERSION, isZkVersion, type ZkVersion } from '../model/version.js';
import { configsFor, ConfigProblem, ignored, lintOptions, type Config, type OptionArgs } from '../cli/options.js';
import { toLspDiagnostic, type FindingData } from './convert.js';
import { completionKeys, hoverAt, keyPrefixAt } from './keys.js';
import { isZooKeeperDocument } from './documents.js';
import { javaGetBoolean } from '../model/java.js';

/** Settings a client passes as `initializationOptions` or `workspace/didChangeConfiguration` `{ zklint: … }`: the command's flags. */
export interface ServerSettings {
  /** A linter config used for every file (like `--config`); default: found upward from each file. */
  config?: string;
  zkVersion?: string;
  onHost?: boolean;
  root?: string;
  myid?: string | number;
  jvmFlags?: string[];
  envFile?: string;
  faultTolerance?: number;
  /** Honour `# zklint-disable…` comments (default true). */
  inlineConfig?: boolean;
  /** Milliseconds to wait after a change before linting (default 200). */
  debounceMs?: number;
}

function optionArgs(s: ServerSettings): OptionArgs {
  const a: OptionArgs = { onHost: s.onHost === true, jvmFlags: Array.isArray(s.jvmFlags) ? s.jvmFlags.map(String) : [], inlineConfig: s.inlineConfig !== false, includeSuppressed: false };
  if (typeof s.root === 'string') a.root = s.root;
  if (s.myid !== undefined) a.myid = String(s.myid);
  if (typeof s.zkVersion === 'string' && isZkVersion(s.zkVersion)) a.zkVersion = s.zkVersion;
  if (typeof s.envFile === 'string') a.envFile = s.envFile;
  if (typeof s.faultTolerance === 'number') a.faultTolerance = s.faultTolerance;
  return a;
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = {};
  const timers = new Map<string, NodeJS.Timeout>();
  /** What was last published per document (clients that do not echo `data` back still get their code actions). */
  const published = new Map<string, LspDiagnostic[]>();

  /** Open documents shadow the disk (encoded back to the Latin-1 bytes ZooKeeper reads). */
  const overlay: FileSystem = {
    stat(p) {
      const doc = documents.get(pathToFileURL(p).href);
      return doc ? { kind: 'file', size: doc.getText().length } : nodeFileSystem.stat(p);
    },
    readFile(p, maxBytes) {
      const doc = documents.get(pathToFileURL(p).href);
      return doc ? new Uint8Array(Buffer.from(doc.getText(), 'latin1')) : nodeFileSystem.readFile(p, maxBytes);
    },
    readDir: (p) => nodeFileSystem.readDir(p),
  };

  /** The options the command would use for this file, and a note when its linter config is broken. */
  async function optionsFor(file: string | undefined): Promise<{ options: LintOptions; config?: Config; problem?: string }> {
    const args = optionArgs(settings);
    const cwd = file ? path.dirname(file) : process.cwd();
    let config: Config | undefined;
    let problem: string | undefined;
    if (file || settings.config) {
      try {
        const groups = await configsFor([file ?? path.join(cwd, 'zoo.cfg')], settings.config !== undefined ? { config: path.resolve(settings.config) } : {}, cwd);
        config = groups[0]?.config;
      } catch (e) {
        problem = e instanceof ConfigProblem ? `invalid linter config: ${e.message}` : message(e);
      }
    }
    const options: LintOptions = { ...lintOptions(args, config, cwd), fs: overlay, cwd };
    return config ? (problem ? { options, config, problem } : { options, config }) : problem ? { options, problem } : { options };
  }

  function versionOf(o: LintOptions): ZkVersion {
    return o.zkVersion ?? DEFAULT_ZK_VERSION;
  }

  async function lintNow(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    const file = uriToPath(uri);
    const name = file ?? decodeURIComponent(uri.replace(/^[a-z]+:/i, ''));
    let diagnostics: LspDiagnostic[] = [];
    try {
      if (isZooKeeperDocument(name, text)) {
        const { options, config, problem } = await optionsFor(file);
        if (problem) diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'zklint', message: problem });
        const skip = file && config?.ignore?.length ? ignored(file, config, path.dirname(file), (await import('../util/glob.js')).matchesAny) : false;
        if (!skip) {
          const results = lintText(builtinRegistry, text, { ...options, filePath: name });
          const own = results.filter((r) => r.file === name).flatMap((r) => r.diagnostics);
          const baseDir = file ? path.dirname(file) : process.cwd();
          diagnostics = diagnostics.concat(own.map((d) => toLspDiagnostic(d, doc, baseDir)));
        }
      }
    } catch (e) {
      connection.console.error(`zklint: linting ${uri} failed: ${e instanceof Error && e.stack ? e.stack : message(e)}`);
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'zklint', message: `zklint could not lint this file: ${message(e)}` }];
    }
    if (documents.get(uri)?.version !== version) return; // changed meanwhile: the next run publishes
    published.set(uri, diagnostics);
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        lintNow(uri).catch((e) => connection.console.error(`zklint: ${message(e)}`));
      }, delay),
    );
  }

  connection.onInitialize((params): InitializeResult => {
    const init = params.initializationOptions as { zklint?: ServerSettings } & ServerSettings | undefined;
    if (init && typeof init === 'object') settings = { ...(init.zklint ?? init) };
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'zklint' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { zklint?: ServerSettings } | undefined)?.zklint;
    if (s && typeof s === 'object') {
      settings = { ...s };
      for (const d of documents.all()) schedule(d.uri, 0);
    }
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, typeof settings.debounceMs === 'number' ? settings.debounceMs : 200));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    published.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const { options } = await optionsFor(uriToPath(doc.uri));
      const multi = javaGetBoolean(parseJvmFlags(options.jvmFlags ?? []), 'zookeeper.multiAddress.enabled');
      const h = hoverAt(doc.getText(), doc.offsetAt(params.position), versionOf(options), multi);
      if (!h) return null;
      return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
    } catch (e) {
      connection.console.error(`zklint: hover failed: ${message(e)}`);
      return null;
    }
  });

  connection.onCompletion(async (params) => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const offset = doc.offsetAt(params.position);
      const at = keyPrefixAt(doc.getText(), offset);
      if (!at) return [];
      const { options } = await optionsFor(uriToPath(doc.uri));
      const range = { start: doc.positionAt(at.start), end: params.position };
      return completionKeys(versionOf(options)).map((k) => ({
        label: k.key,
        kind: CompletionItemKind.Property,
        detail: k.detail,
        documentation: { kind: MarkupKind.Markdown, value: k.documentation },
        textEdit: { range, newText: k.insert },
        insertTextFormat: InsertTextFormat.PlainText,
        filterText: k.key,
      }));
    } catch (e) {
      connection.console.error(`zklint: completion failed: ${message(e)}`);
      return [];
    }
  });

  connection.onCodeAction((params) => {
    try {
      const uri = params.textDocument.uri;
      const doc = documents.get(uri);
      if (!doc) return [];
      const mine = published.get(uri) ?? [];
      /** The published finding for a diagnostic the client sent back (some clients drop `data`). */
      const withData = (d: LspDiagnostic): LspDiagnostic =>
        d.data !== undefined
          ? d
          : (mine.find((m) => m.code === d.code && m.message === d.message && m.range.start.line === d.range.start.line && m.range.start.character === d.range.start.character) ?? d);
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const actions: CodeAction[] = [];
      const text = doc.getText();
      const seenRules = new Set<string>();
      for (const sent of params.context.diagnostics) {
        if (sent.source !== 'zklint') continue;
        const d = withData(sent);
        const data = d.data as FindingData | undefined;
        if (data?.fix && wants(CodeActionKind.QuickFix)) {
          const title = data.fix.safe ? data.fix.title : `${data.fix.title} (unsafe: changes what ZooKeeper does)`;
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: data.fix.safe, edit: { changes: { [uri]: data.fix.edits } } });
        }
        const ruleId = data?.ruleId ?? (typeof d.code === 'string' ? d.code : undefined);
        const line = d.range.start.line;
        const key = `${ruleId}@${line}`;
        if (ruleId && !seenRules.has(key) && wants(CodeActionKind.QuickFix) && !continues(text, doc.offsetAt({ line, character: 0 }))) {
          seenRules.add(key);
          actions.push({
            title: `Disable ${ruleId} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [sent],
            edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `# zklint-disable-next-line ${ruleId}${eol(text)}` }] } },
          });
        }
      }
      if (only?.some((k) => CodeActionKind.SourceFixAll.startsWith(k) || k === CodeActionKind.SourceFixAll || k === `${CodeActionKind.SourceFixAll}.zklint`)) {
        const edits = safeEdits(mine);
        if (edits.length) actions.push({ title: 'Fix all safe zklint problems', kind: `${CodeActionKind.SourceFixAll}.zklint`, edit: { changes: { [uri]: edits } } });
      }
      return actions;
    } catch (e) {
      connection.console.error(`zklint: code action failed: ${message(e)}`);
      return [];
    }
  });

  documents.listen(connection);
  connection.listen();
}

/** The document's line terminator (CRLF files stay CRLF). */
function eol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Whether the line starting at `lineStart` continues the previous one (a `\` at its end). */
function continues(text: string, lineStart: number): boolean {
  let i = lineStart - 2;
  if (i >= 0 && text[i] === '\r') i--;
  let n = 0;
  while (i >= 0 && text[i] === '\\') {
    n++;
    i--;
  }
  return n % 2 === 1;
}

/** Every safe fix of a document, without overlapping edits (the first finding's wins). */
function safeEdits(diags: readonly LspDiagnostic[]) {
  const edits: Array<{ range: LspDiagnostic['range']; newText: string }> = [];
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  for (const d of diags) {
    const fix = (d.data as FindingData | undefined)?.fix;
    if (!fix?.safe) continue;
    const clash = fix.edits.some((e) => edits.some((x) => !(before(e.range.end, x.range.start) || before(x.range.end, e.range.start))));
    if (!clash) edits.push(...fix.edits);
  }
  return edits;
}

/** Starts the server on stdin/stdout; logs what would otherwise crash it. */
export function runStdio(): void {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  process.on('uncaughtException', (e) => connection.console.error(`zklint: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => connection.console.error(`zklint: ${message(e)}`));
  startServer(connection);
}
