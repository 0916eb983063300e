/**
 * zklint's public API: lint ZooKeeper configs from disk or memory, define rules, format results.
 */
import type { FileResult, LintResult } from './diagnostic.js';
import type { LintOptions } from './options.js';
import type { SourceFile } from './load/source.js';
import type { ZkModel } from './model/zk-model.js';
import type { EnsembleLintOptions, EnsembleLintResult } from './ensemble/lint.js';
import type { EnsembleNodeInput } from './ensemble/node.js';
import type { ContainerLintResult } from './containers/lint.js';
import type { FixOptions, FixedText, FixedFiles } from './fix/index.js';
import { builtinRegistry } from './builtin-registry.js';
import { linterFor } from './linter.js';
import { lintSource as lintSourceWith } from './lint.js';

export { createLinter, type Linter, type LinterConfig } from './linter.js';

/** The linter of the built-in rules: what the functions below run. */
export const builtinLinter = linterFor(builtinRegistry);

/** Lints one config file with the built-in rules. Never throws for bad input: problems become diagnostics. */
export function lintFile(file: string, options?: LintOptions): FileResult[] {
  return builtinLinter.lintFile(file, options);
}
/** Lints config files, each alone, with the built-in per-file rules. */
export function lintFiles(files: readonly string[], options?: LintOptions): LintResult {
  return builtinLinter.lintFiles(files, options);
}
/** Lints config text held in memory (decoded as ZooKeeper would: Latin-1 for bytes) with the built-in rules. */
export function lintText(input: string | Uint8Array, options?: LintOptions & { filePath?: string }): FileResult[] {
  return builtinLinter.lintText(input, options);
}
/** Builds the model of a source and runs the built-in per-file rules on it. */
export function lintSource(source: SourceFile, options: LintOptions = {}): { model: ZkModel; results: FileResult[] } {
  return lintSourceWith(builtinRegistry, source, options);
}
/** Lints the given nodes as one ensemble with the built-in rules. */
export function lintEnsemble(inputs: readonly EnsembleNodeInput[], options?: EnsembleLintOptions): EnsembleLintResult {
  return builtinLinter.lintEnsemble(inputs, options);
}
/** Lints config files grouped into ensembles by shared members (or `options.ensembles`) with the built-in rules. */
export function lintEnsembles(files: readonly string[], options?: EnsembleLintOptions): EnsembleLintResult {
  return builtinLinter.lintEnsembles(files, options);
}
/** Lints a compose file or Kubernetes manifest stream held in memory with the built-in rules. */
export function lintContainerText(file: string, text: string, options?: EnsembleLintOptions): ContainerLintResult {
  return builtinLinter.lintContainerText(file, text, options);
}
/** Lints a compose file or Kubernetes manifest from `options.fs` (the disk by default) with the built-in rules. */
export function lintContainerFile(file: string, options?: EnsembleLintOptions): ContainerLintResult {
  return builtinLinter.lintContainerFile(file, options);
}
/** Fixes config text held in memory with the built-in rules' fixes. */
export function fixText(input: string | Uint8Array, options?: FixOptions & { filePath?: string }): FixedText {
  return builtinLinter.fixText(input, options);
}
/** Fixes config files with the built-in rules' fixes; returns the new bytes and writes nothing. */
export function fixFiles(files: readonly string[], options?: FixOptions): FixedFiles {
  return builtinLinter.fixFiles(files, options);
}
/** The built-in container rules (`containers-*`). */
export const containerRules = builtinLinter.containerRules;
export type { LintOptions } from './options.js';
export { defineRule } from './rule.js';
export type {
  Rule,
  RuleDefinition,
  RuleContext,
  Report,
  Target,
  RuleSetting,
  RuleSettings,
  RuleDocs,
  RuleMeta,
  AnyRule,
  Words,
  FixSpec,
  FixEdit,
  ZkBehaviourSpec,
  VersionRange,
} from './rule.js';
export type { Diagnostic, DiagnosticFix, TextEdit, FileResult, LintResult, Location, RelatedLocation, Severity, Suppression, ZkBehaviour, ZkEffect } from './diagnostic.js';
export { createMemoryFileSystem, nodeFileSystem, rootedFileSystem, FsError } from './fs.js';
export { InputFileError } from './util/read-input.js';
export type { FileSystem, FileStat, MemoryTree } from './fs.js';
export { builtinRules, fileRules, ensembleRules } from './builtin-registry.js';
/** @deprecated the per-file built-in rules; use `fileRules` (or `builtinRules` for every rule). */
export { fileRules as rules } from './builtin-registry.js';
export { FORMAT_NAMES } from './format/index.js';
import { loadFormatter as loadFormatterOnly, type Formatter, type FormatName } from './format/index.js';
import { builtinRules } from './builtin-registry.js';

/** A formatter by name; SARIF describes every built-in rule unless the context names the rules. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  const f = await loadFormatterOnly(name);
  return (result, ctx) => f(result, ctx.rules ? ctx : { ...ctx, rules: builtinRules });
}
export type { Formatter, FormatContext, FormatName } from './format/index.js';
export { ZK_VERSIONS, DEFAULT_ZK_VERSION } from './model/version.js';
export type { ZkVersion } from './model/version.js';
export type { ZkModel } from './model/zk-model.js';
export { majority, votersNeeded } from './model/quorum.js';
export { VERSION } from './meta.js';
export {
  defineEnsembleRule,
  explainEnsemble,
  breakingSets,
  quorumView,
} from './ensemble/index.js';
export type { Ensemble, EnsembleRule, EnsembleNodeInput, EnsembleLintOptions, EnsembleLintResult, ExplainEnsemble } from './ensemble/index.js';
/** @deprecated every built-in rule's metadata; use `builtinRules`. */
export { builtinRules as catalog } from './builtin-registry.js';
export { inRange, describeRange } from './model/version.js';
export { applyFixes, applyEdits, encodeLatin1, fixLoop, DEFAULT_MAX_PASSES } from './fix/index.js';
export type { ApplyResult, FixLoopOptions, FixLoopResult, FixOptions, FixedText, FixedFile, FixedFiles } from './fix/index.js';
/** Compose files and Kubernetes manifests (helm template output): each ZooKeeper container's rendered config, linted. */
export type { ContainerLintResult } from './containers/lint.js';
export type { ContainerView, ContainerFacts, ZkContainer, ContainerFile } from './containers/model.js';
