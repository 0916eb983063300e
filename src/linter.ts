/**
 * `createLinter({ rules })`: a linter made from the rules it is given. Every way of linting (text,
 * files, ensembles, compose and Kubernetes files, fixes) runs the same pipeline with the same
 * registry; nothing here knows which rules are built in (src/index.ts binds those of src/builtin-registry.ts).
 */
import type { FileResult, LintResult } from './diagnostic.js';
import { createRegistry, type RuleRegistry } from './engine/registry.js';
import * as files from './lint.js';
import * as ensembles from './ensemble/lint.js';
import * as containers from './containers/lint.js';
import * as fix from './fix/index.js';
import type { LintOptions } from './options.js';
import type { AnyRule, EnsembleRule } from './rule.js';
import type { EnsembleNodeInput } from './ensemble/node.js';

export interface LinterConfig {
  /** Every rule the linter runs, per-file and ensemble (made by defineRule / defineEnsembleRule); ids must be unique. */
  rules: readonly AnyRule[];
}

export interface Linter {
  /** The rules given, as given. */
  readonly rules: readonly AnyRule[];
  /** The ensemble rules named `containers-*`, which read compose and Kubernetes files. */
  readonly containerRules: readonly EnsembleRule[];
  /** Lints config text held in memory (decoded as ZooKeeper would: Latin-1 for bytes). */
  lintText(input: string | Uint8Array, options?: LintOptions & { filePath?: string }): FileResult[];
  /** Lints one config file. Never throws for bad input: problems become diagnostics. */
  lintFile(file: string, options?: LintOptions): FileResult[];
  /** Lints config files, each alone (per-file rules only). */
  lintFiles(files: readonly string[], options?: LintOptions): LintResult;
  /** Lints the given nodes as one ensemble: per-file rules on each node, then the ensemble rules. */
  lintEnsemble(inputs: readonly EnsembleNodeInput[], options?: ensembles.EnsembleLintOptions): ensembles.EnsembleLintResult;
  /** Lints config files grouped into ensembles by shared members (or `options.ensembles`). */
  lintEnsembles(files: readonly string[], options?: ensembles.EnsembleLintOptions): ensembles.EnsembleLintResult;
  /** Lints a compose file or Kubernetes manifest stream held in memory. */
  lintContainerText(file: string, text: string, options?: ensembles.EnsembleLintOptions): containers.ContainerLintResult;
  /** Lints a compose file or Kubernetes manifest read from `options.fs` (the disk by default). */
  lintContainerFile(file: string, options?: ensembles.EnsembleLintOptions): containers.ContainerLintResult;
  /** Fixes config text held in memory; returns the fixed text and what remains. */
  fixText(input: string | Uint8Array, options?: fix.FixOptions & { filePath?: string }): fix.FixedText;
  /** Fixes config files read through `options.fs`; returns the new bytes and writes nothing. */
  fixFiles(files: readonly string[], options?: fix.FixOptions): fix.FixedFiles;
}

/** Binds every pipeline to one registry. */
export function linterFor(reg: RuleRegistry): Linter {
  return Object.freeze({
    rules: reg.all,
    containerRules: Object.freeze(containers.containerRulesOf(reg)),
    lintText: (input, options) => files.lintText(reg, input, options),
    lintFile: (file, options) => files.lintFile(reg, file, options),
    lintFiles: (list, options) => files.lintFiles(reg, list, options),
    lintEnsemble: (inputs, options) => ensembles.lintEnsemble(reg, inputs, options),
    lintEnsembles: (list, options) => ensembles.lintEnsembles(reg, list, options),
    lintContainerText: (file, text, options) => containers.lintContainerText(reg, file, text, options),
    lintContainerFile: (file, options) => containers.lintContainerFile(reg, file, options),
    fixText: (input, options) => fix.fixText(reg, input, options),
    fixFiles: (list, options) => fix.fixFiles(reg, list, options),
  } satisfies Linter);
}

/**
 * A linter that runs exactly the given rules. Throws a TypeError when a rule is not one (made by
 * defineRule or defineEnsembleRule) or an id is given twice.
 *
 *     const linter = createLinter({ rules: [...builtinRules, myRule] });
 *     linter.lintFile('conf/zoo.cfg');
 */
export function createLinter(config: LinterConfig): Linter {
  if (typeof config !== 'object' || config === null) throw new TypeError('createLinter takes { rules: [...] }');
  return linterFor(createRegistry(config.rules));
}
