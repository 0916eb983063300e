/**
 * Every built-in rule's metadata, per-file rules first, then ensemble rules: what the linter-config
 * schema, rules/README.md, SARIF and the unknown-id suggestions draw on. Importing this loads the
 * ensemble rules, so hot paths (single-file linting) use rules/index.ts and
 * rules/ensemble/ids.ts instead.
 */
import type { RuleMeta } from '../src/rule-meta.js';
import { rules } from './index.js';
import { ensembleRules } from './ensemble/index.js';

export const catalog: readonly RuleMeta[] = [...rules, ...ensembleRules];
