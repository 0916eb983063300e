/** The ensemble rule registry: rules that see every node of one ensemble at once. */
import type { EnsembleRule } from '../../src/ensemble/rule.js';
import membershipMismatch from './ensemble-membership-mismatch.js';
import duplicateMyid from './ensemble-duplicate-myid.js';
import myidHostMismatch from './ensemble-myid-host-mismatch.js';
import allStandalone from './ensemble-all-standalone.js';
import portClash from './ensemble-port-clash.js';
import settingsDiffer from './ensemble-settings-differ.js';
import faultTolerance from './ensemble-fault-tolerance.js';

export const ensembleRules: readonly EnsembleRule[] = [
  membershipMismatch,
  duplicateMyid,
  myidHostMismatch,
  allStandalone,
  portClash,
  settingsDiffer,
  faultTolerance,
];
