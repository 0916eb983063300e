/**
 * zklint's public API: lint ZooKeeper configs from disk or memory, define rules, format results.
 */
export { lintFile, lintFiles, lintText, lintSource } from './lint.js';
export type { LintOptions } from './options.js';
export { defineRule } from './rule.js';
export type { Rule, RuleDefinition, RuleContext, Report, Target, RuleSetting, RuleSettings, RuleDocs } from './rule.js';
export type { Diagnostic, FileResult, LintResult, Location, RelatedLocation, Severity, Suppression, ZkBehaviour, ZkEffect } from './diagnostic.js';
export { createMemoryFileSystem, nodeFileSystem, FsError } from './fs.js';
export type { FileSystem, FileStat, MemoryTree } from './fs.js';
export { rules } from '../rules/index.js';
export { loadFormatter, FORMAT_NAMES } from './format/index.js';
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
export { ensembleRules } from '../rules/ensemble/index.js';
/** Every built-in rule's metadata (per-file, then ensemble). */
export { catalog } from '../rules/catalog.js';
export type { RuleMeta } from './rule-meta.js';
