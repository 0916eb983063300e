/**
 * zklint's public API: lint ZooKeeper configs from disk or memory, define rules, format results.
 */
export { lintFile, lintFiles, lintText, lintSource } from './lint.js';
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
export { builtinRules, fileRules, ensembleRules } from '../rules/index.js';
/** @deprecated the per-file built-in rules; use `fileRules` (or `builtinRules` for every rule). */
export { fileRules as rules } from '../rules/index.js';
export { FORMAT_NAMES } from './format/index.js';
import { loadFormatter as loadFormatterOnly, type Formatter, type FormatName } from './format/index.js';
import { builtinRules } from '../rules/index.js';

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
  lintEnsemble,
  lintEnsembles,
  defineEnsembleRule,
  explainEnsemble,
  breakingSets,
  quorumView,
} from './ensemble/index.js';
export type { Ensemble, EnsembleRule, EnsembleNodeInput, EnsembleLintOptions, EnsembleLintResult, ExplainEnsemble } from './ensemble/index.js';
/** @deprecated every built-in rule's metadata; use `builtinRules`. */
export { builtinRules as catalog } from '../rules/index.js';
export { inRange, describeRange } from './model/version.js';
export { applyFixes, applyEdits, encodeLatin1, fixLoop, fixText, fixFiles, DEFAULT_MAX_PASSES } from './fix/index.js';
export type { ApplyResult, FixLoopOptions, FixLoopResult, FixOptions, FixedText, FixedFile, FixedFiles } from './fix/index.js';
/** Compose files and Kubernetes manifests (helm template output): each ZooKeeper container's rendered config, linted. */
export { lintContainerFile, lintContainerText, containerRules } from './containers/lint.js';
export type { ContainerLintResult } from './containers/lint.js';
export type { ContainerView, ContainerFacts, ZkContainer, ContainerFile } from './containers/model.js';
