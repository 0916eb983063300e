export type { RuleMeta } from './rule.js';
