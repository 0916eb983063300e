/**
 * The one module that imports the built-in rules: rules/index.ts (generated from the rule files)
 * as the registry the engine takes. The library's free functions (`lintFile`, …), the command and
 * the language server get their rules here; the engine and the pipelines never import a rule.
 */
import { builtinRules } from '../rules/index.js';
import { createRegistry } from './engine/registry.js';

export { builtinRules, fileRules, ensembleRules } from '../rules/index.js';

/** The built-in rules as the engine takes them. */
export const builtinRegistry = createRegistry(builtinRules);
