/**
 * Ids of the ensemble rules, without loading them: single-file linting needs only to know these
 * names exist (a `zklint-disable ensemble-…` comment names a real rule). A test keeps this list
 * equal to rules/ensemble/index.ts.
 */
export const ENSEMBLE_RULE_IDS: readonly string[] = [
  'ensemble-membership-mismatch',
  'ensemble-duplicate-myid',
  'ensemble-myid-host-mismatch',
  'ensemble-all-standalone',
  'ensemble-port-clash',
  'ensemble-settings-differ',
  'ensemble-fault-tolerance',
];
