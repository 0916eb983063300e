/** Whole-ensemble linting: group configs, lint every node together, explain the quorum. */
export { lintEnsemble, lintEnsembles, buildEnsemble, membershipSignature, type EnsembleLintOptions, type EnsembleLintResult } from './lint.js';
export { defineEnsembleRule, type Ensemble, type EnsembleRule, type EnsembleRuleDefinition, type EnsembleRuleContext, type MembershipView } from './rule.js';
export type { EnsembleNode, EnsembleNodeInput } from './node.js';
export { groupNodes } from './group.js';
export { breakingSets, quorumView, zoneLosses, type QuorumView, type BreakingFacts, type ZoneFacts } from './quorum.js';
export { explainEnsemble, renderExplain, type ExplainEnsemble, type ExplainServer } from './explain.js';
