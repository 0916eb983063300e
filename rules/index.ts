/** The rule registry: every built-in rule, in documentation order. */
import type { Rule } from '../src/rule.js';
import configUnreadable from './config-unreadable.js';
import malformedUnicodeEscape from './malformed-unicode-escape.js';
import unknownKey from './unknown-key.js';
import duplicateKey from './duplicate-key.js';
import invalidInteger from './invalid-integer.js';
import invalidBoolean from './invalid-boolean.js';
import datadirRequired from './datadir-required.js';
import quorumLimitsRequired from './quorum-limits-required.js';
import serverLineInvalid from './server-line-invalid.js';
import myidMissing from './myid-missing.js';
import myidUnreadable from './myid-unreadable.js';
import myidInvalid from './myid-invalid.js';
import myidNegative from './myid-negative.js';
import myidNotInServerList from './myid-not-in-server-list.js';
import dataDirNotChecked from './data-dir-not-checked.js';
import evenVoters from './even-voters.js';
import tooFewVoters from './too-few-voters.js';
import faultTolerance from './fault-tolerance.js';
import unusedSuppression from './unused-suppression.js';

export const rules: readonly Rule[] = [
  configUnreadable,
  malformedUnicodeEscape,
  unknownKey,
  duplicateKey,
  invalidInteger,
  invalidBoolean,
  datadirRequired,
  quorumLimitsRequired,
  serverLineInvalid,
  myidMissing,
  myidUnreadable,
  myidInvalid,
  myidNegative,
  myidNotInServerList,
  dataDirNotChecked,
  evenVoters,
  tooFewVoters,
  faultTolerance,
  unusedSuppression,
];
