/** Linting one or many config files (or text in memory) into diagnostics. */
import * as path from 'node:path';
import { compareDiagnostics, type Diagnostic, type FileResult, type LintResult } from './diagnostic.js';
import { nodeFileSystem, rootedFileSystem } from './fs.js';
import { readSource, sourceFromText, binaryProblem, decodeLatin1, type LoadProblem, type SourceFile } from './load/source.js';
import { buildModel, type ModelOptions, type ZkModel } from './model/zk-model.js';
import { buildConfigFile } from './model/config-file.js';
import { loadHostFacts } from './load/host-facts.js';
import { DEFAULT_ZK_VERSION } from './model/version.js';
import { parseJavaLong } from './model/java.js';
import { resolveRules, runRules, toDiagnostic, type ResolvedRule } from './engine/run.js';
import { Suppressions } from './engine/suppress.js';
import { capPerRuleAndFile } from './engine/cap.js';
import type { RuleRegistry } from './engine/registry.js';
import { parseJvmFlags, type LintOptions } from './options.js';
import type { RuleSettings } from './rule.js';
import { jvmFlagSources, type JvmFlagSource } from './env-file.js';
import { resolveFrom } from './util/join.js';
import { positionOf } from './load/positions.js';
import { InputFileError } from './util/read-input.js';

/**
 * The server's JVM flags in command-line order, each with where it comes from: the environment's
 * SERVER_JVMFLAGS / JVMFLAGS as the env file leaves them, then the explicit flags (later -D wins, as
 * on a java command line).
 */
function allJvmFlags(options: LintOptions): JvmFlagSource[] {
  let envFile: { name: string; text: string } | undefined;
  if (options.envFile !== undefined) {
    const fs = options.fs ?? nodeFileSystem;
    const file = path.resolve(options.cwd ?? process.cwd(), options.envFile);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(file, options.maxFileBytes ?? 1 << 20);
    } catch (e) {
      throw new InputFileError(`cannot read env file ${options.envFile}: ${(e as Error).message}`, { cause: e });
    }
    envFile = { name: options.envFile, text: Buffer.from(bytes).toString('utf8') };
  }
  const flags = jvmFlagSources(options.environment, envFile);
  for (const flag of options.jvmFlags ?? []) flags.push({ flag, from: 'the given JVM flags' });
  return flags;
}

/** Each system property set more than once with different values: every setting, in order (the last wins). */
function overriddenProps(flags: readonly JvmFlagSource[]): Map<string, { value: string; from: string }[]> {
  const all = new Map<string, { value: string; from: string }[]>();
  for (const { flag, from } of flags) {
    for (const [key, value] of parseJvmFlags([flag])) {
      const list = all.get(key);
      if (list) list.push({ value, from });
      else all.set(key, [{ value, from }]);
    }
  }
  for (const [key, list] of all) if (new Set(list.map((e) => e.value)).size < 2) all.delete(key);
  return all;
}

export function modelOptions(options: LintOptions): ModelOptions {
  const base = options.fs ?? nodeFileSystem;
  const opts: ModelOptions = {
    // Under a root every path of the config is read as inside it (the config itself is the user's input).
    fs: options.root !== undefined ? rootedFileSystem(base, path.resolve(options.cwd ?? process.cwd(), options.root)) : base,
    root: options.root,
    onHost: options.onHost ?? false,
    cwd: options.cwd ?? process.cwd(),
    version: options.zkVersion ?? DEFAULT_ZK_VERSION,
    jvmProps: new Map(),
    jvmOverrides: new Map(),
  };
  const flags = allJvmFlags(options);
  opts.jvmProps = parseJvmFlags(flags.map((f) => f.flag));
  opts.jvmOverrides = overriddenProps(flags);
  if (options.myid !== undefined) {
    const n = parseJavaLong(String(options.myid));
    if (!n.ok) throw new TypeError(`myid must be an integer, got ${JSON.stringify(options.myid)}`);
    opts.myid = n.value.toString();
  }
  if (options.maxFileBytes !== undefined) opts.maxFileBytes = options.maxFileBytes;
  if (options.onSource !== undefined) opts.onSource = options.onSource;
  return opts;
}

function settingsOf(options: LintOptions): RuleSettings {
  const settings: RuleSettings = { ...(options.rules ?? {}) };
  if (options.faultTolerance !== undefined) {
    const cur = settings['fault-tolerance'];
    const base = typeof cur === 'object' ? cur : cur ? { severity: cur } : {};
    settings['fault-tolerance'] = { ...base, options: { ...(base.options ?? {}), failures: options.faultTolerance } };
  }
  return settings;
}

export function versionOf(options: LintOptions): string {
  return options.zkVersion ?? DEFAULT_ZK_VERSION;
}

/** The registry's per-file rules and the options' custom ones, with the options' settings, for the options' version. */
export function resolveAll(reg: RuleRegistry, options: LintOptions): ResolvedRule[] {
  return resolveRules([...reg.file, ...(options.customRules ?? [])], settingsOf(options), versionOf(options));
}

function group(file: string, diags: Diagnostic[], suppressed?: Diagnostic[]): FileResult[] {
  // The common case: every finding is on the file itself (none on a dynamic file), none suppressed.
  if (!suppressed && diags.every((d) => d.file === file)) return [{ file, diagnostics: diags.length > 1 ? capPerRuleAndFile(diags.sort(compareDiagnostics)) : diags }];
  const byFile = new Map<string, Diagnostic[]>([[file, []]]);
  for (const d of diags.sort(compareDiagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const results: FileResult[] = [...byFile].map(([f, diagnostics]) => ({ file: f, diagnostics: capPerRuleAndFile(diagnostics) }));
  if (suppressed) {
    const byName = new Map(results.map((r) => [r.file, r]));
    for (const d of suppressed.sort(compareDiagnostics)) {
      let r = byName.get(d.file);
      if (!r) {
        results.push((r = { file: d.file, diagnostics: [] }));
        byName.set(d.file, r);
      }
      (r.suppressed ??= []).push(d);
    }
    for (const r of results) if (r.suppressed) r.suppressed = capPerRuleAndFile(r.suppressed);
  }
  return results;
}

export function unreadable(resolved: readonly ResolvedRule[], file: string, problem: LoadProblem, version: string, refusal?: Refusal): Diagnostic[] {
  const rule = resolved.find((r) => r.rule.id === 'config-unreadable');
  if (!rule) return [];
  const says = refusal?.says;
  return [
    toDiagnostic(
      rule,
      {
        at: { file },
        messageId: problem.code,
        args: { file, detail: problem.detail, says },
        // Binary or UTF-16: ZooKeeper reads the bytes as ISO-8859-1 all the same, and stops with these words.
        ...(says !== undefined ? { zookeeper: { effect: 'fatal' as const, says } } : {}),
      },
      version,
    ),
  ];
}

/** What ZooKeeper does with a binary or UTF-16 file: refuses it (in these words, when known), or starts. */
export interface Refusal {
  says?: string;
}

/**
 * The order in which ZooKeeper meets a file's fatal findings: java.util.Properties refuses a bad \u
 * escape before any key is read; then QuorumPeerConfig reads the keys one by one (a finding on an
 * entry); after them it checks dataDir first, then the rest (findings on the whole file).
 */
function refusalRank(d: Diagnostic): number {
  if (d.ruleId === 'malformed-unicode-escape') return 0;
  if (d.ruleId === 'datadir-required') return 2;
  const wholeFile = d.line === 1 && d.column === 1 && d.endLine === 1 && d.endColumn === 1;
  return wholeFile ? 3 : 1;
}

/**
 * A binary or UTF-16 file is still read by ZooKeeper, as ISO-8859-1 text. Its model (built from that
 * text) is linted with every built-in rule at its default (the user's settings decide what is shown,
 * not what ZooKeeper does), and the fatal finding ZooKeeper meets first gives its words. Undefined:
 * nothing in it stops ZooKeeper, so the file is linted as the text it is.
 */
export function refusalOf(reg: RuleRegistry, model: ZkModel, version: string): Refusal | undefined {
  const fatal = runRules(model, resolveRules(reg.file, {}, version), { capPerRuleAndFile: true }).filter(
    (d) => d.severity === 'error' && d.zookeeper?.effect === 'fatal',
  );
  if (fatal.length === 0) return undefined;
  const worded = fatal.filter((d) => d.zookeeper?.says !== undefined).sort((a, b) => refusalRank(a) - refusalRank(b) || compareDiagnostics(a, b));
  const first = worded[0];
  if (!first) return {};
  // Several keys the loop refuses, in other words: the one its walk meets first.
  const sameRank = worded.filter((d) => refusalRank(d) === refusalRank(first));
  const pick = refusalRank(first) === 1 && new Set(sameRank.map((d) => d.zookeeper?.says)).size > 1 ? firstMet(model, sameRank) : first;
  return { says: pick.zookeeper?.says };
}

/** Java's String.hashCode over UTF-16 code units. */
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Of findings on entries, the one whose key QuorumPeerConfig's loop meets first. The loop walks the
 * loaded Properties' entrySet, which (Java 9 and later: a ConcurrentHashMap made for 8 entries, 16
 * bins, doubled each time three quarters are used) is the order of the keys' bins, then, within a
 * bin, the order the keys were first put (exact unless a resize split that bin).
 */
function firstMet(model: ZkModel, findings: readonly Diagnostic[]): Diagnostic {
  const file = model.static;
  const starts = file.source.lineStarts;
  const lineOf = (offset: number) => positionOf(starts, offset).line;
  // The key each finding's line holds (the entry spanning that line), and where keys were first put.
  const keyAtLine = new Map<number, string | undefined>();
  for (const d of findings) if (d.file === file.source.path) keyAtLine.set(d.line, undefined);
  const firstPut = new Map<string, number>();
  const distinct = new Set<string>();
  file.occurrences.forEach((o, i) => {
    const key = o.entry.key;
    distinct.add(key);
    if (!firstPut.has(key)) firstPut.set(key, i);
    for (let l = lineOf(o.entry.lineStart), to = lineOf(o.entry.lineEnd); l <= to; l++) if (keyAtLine.has(l)) keyAtLine.set(l, key);
  });
  let bins = 16;
  for (let count = 1; count <= distinct.size; count++) while (count >= bins - (bins >>> 2)) bins *= 2;
  const rank = (d: Diagnostic): number => {
    const key = d.file === file.source.path ? keyAtLine.get(d.line) : undefined;
    if (key === undefined) return Number.MAX_SAFE_INTEGER;
    const h = javaHash(key);
    return (((h ^ (h >>> 16)) & 0x7fffffff) & (bins - 1)) * (file.occurrences.length + 1) + (firstPut.get(key) as number);
  };
  return [...findings].sort((a, b) => rank(a) - rank(b))[0] as Diagnostic;
}

/**
 * Text length from which findings past the per-rule cap are counted as they are reported instead of
 * built (bench/hostile.js). An object so that test/report-cap.test.ts can compare both paths on the same text.
 */
export const reportTimeCap = { from: 64 * 1024 };

/** What every file of one run shares: computed once per run, not once per file. */
interface Prepared {
  reg: RuleRegistry;
  resolved: ResolvedRule[];
  /** Model options, computed when the first readable file needs them (they may throw, as before). */
  model?: ModelOptions;
  known?: string[];
}

function prepare(reg: RuleRegistry, resolved: ResolvedRule[]): Prepared {
  return { reg, resolved };
}

/** The model of `source` with the run's model options. */
function modelOf(source: SourceFile, options: LintOptions, prep: Prepared): ZkModel {
  const opts = (prep.model ??= modelOptions(options));
  const staticFile = buildConfigFile(source);
  return buildModel(staticFile, opts, loadHostFacts(staticFile, opts));
}

function lintPrepared(source: SourceFile, options: LintOptions, prep: Prepared, model = modelOf(source, options, prep)): { model: ZkModel; results: FileResult[] } {
  const honour = options.inlineConfig !== false;
  const index = honour ? Suppressions.of([model.static, ...(model.dynamic?.file ? [model.dynamic.file] : [])]) : undefined;
  // The report-time cap's bookkeeping costs about a third of the throughput on ordinary configs, and
  // no config that small yields a thousand findings of one rule worth not building: it is for large files.
  // Findings are matched against the directives as they are reported (those silenced carry `suppressions`).
  const capAtReport = source.text.length >= reportTimeCap.from;
  const diags = runRules(model, prep.resolved, { capPerRuleAndFile: capAtReport, suppressions: index });
  if (!index) return { model, results: group(source.path, diags) };
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diags) (d.suppressions === undefined ? kept : suppressed).push(d);
  // Ensemble rules are real ids but do not run on a file linted alone: naming one is neither unknown nor unused.
  const known = (prep.known ??= [...prep.reg.file, ...(options.customRules ?? [])].map((r) => r.id).concat(prep.reg.ensembleIds));
  for (const d of index.unused(prep.resolved, known, prep.reg.ensembleIds, versionOf(options), capAtReport)) kept.push(d);
  return { model, results: group(source.path, kept, options.keepSuppressed ? suppressed : undefined) };
}

/** Builds the model for a source and runs the rules; exposed for ensemble linting. */
export function lintSource(reg: RuleRegistry, source: SourceFile, options: LintOptions, resolved = resolveAll(reg, options)): { model: ZkModel; results: FileResult[] } {
  return lintPrepared(source, options, prepare(reg, resolved));
}

/** A file zklint cannot read as a config; a binary or UTF-16 one ZooKeeper would start with is linted as text. */
function lintUnreadable(file: string, problem: LoadProblem, options: LintOptions, prep: Prepared): FileResult[] {
  if (problem.text === undefined) return group(file, unreadable(prep.resolved, file, problem, versionOf(options)));
  // One model of the text ZooKeeper reads: judged first, linted only when ZooKeeper would start with it.
  const source = sourceFromText(file, problem.text);
  const model = modelOf(source, options, prep);
  const refusal = refusalOf(prep.reg, model, versionOf(options));
  if (refusal) return group(file, unreadable(prep.resolved, file, problem, versionOf(options), refusal));
  return lintPrepared(source, options, prep, model).results;
}

function lintFilePrepared(file: string, options: LintOptions, prep: Prepared): FileResult[] {
  const fs = options.fs ?? nodeFileSystem;
  const read = readSource(fs, file, resolveFrom(options.cwd ?? process.cwd(), file), options.maxFileBytes);
  if (read.problem) return lintUnreadable(file, read.problem, options, prep);
  return lintPrepared(read.source, options, prep).results;
}

/** Lints one config file. Never throws for bad input: problems become diagnostics. */
export function lintFile(reg: RuleRegistry, file: string, options: LintOptions = {}, resolved = resolveAll(reg, options)): FileResult[] {
  return lintFilePrepared(file, options, prepare(reg, resolved));
}

export function lintFiles(reg: RuleRegistry, files: readonly string[], options: LintOptions = {}): LintResult {
  const prep = prepare(reg, resolveAll(reg, options));
  return { results: files.flatMap((f) => lintFilePrepared(f, options, prep)) };
}

/** Lints config text held in memory (decoded as ZooKeeper would: Latin-1 for bytes). */
export function lintText(reg: RuleRegistry, input: string | Uint8Array, options: LintOptions & { filePath?: string } = {}): FileResult[] {
  const file = options.filePath ?? '<text>';
  const prep = prepare(reg, resolveAll(reg, options));
  if (typeof input !== 'string') {
    const bad = binaryProblem(input);
    if (bad) return lintUnreadable(file, { ...bad, text: decodeLatin1(input) }, options, prep);
  }
  const text = typeof input === 'string' ? input : decodeLatin1(input);
  return lintPrepared(sourceFromText(file, text), options, prep).results;
}
