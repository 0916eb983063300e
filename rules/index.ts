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
// Parsing traps, values, required and related keys (zookeeper-config.md §1.2–1.4, §2.1–2.4, §9).
import bomBeforeFirstKey from './bom-before-first-key.js';
import inlineComment from './inline-comment.js';
import backslashEscape from './backslash-escape.js';
import nonAsciiText from './non-ascii-text.js';
import keyWithoutValue from './key-without-value.js';
import emptyKey from './empty-key.js';
import serverIdMerged from './server-id-merged.js';
import templatePlaceholder from './template-placeholder.js';
import passThroughFlag from './pass-through-flag.js';
import passThroughNumber from './pass-through-number.js';
import cnxTimeoutInvalid from './cnx-timeout-invalid.js';
import electionAlgInvalid from './election-alg-invalid.js';
import peerTypeInvalid from './peer-type-invalid.js';
import portOutOfRange from './port-out-of-range.js';
import dataDirTooShort from './data-dir-too-short.js';
import relativeDataDir from './relative-data-dir.js';
import tickTimeNotSet from './tick-time-not-set.js';
import sessionTimeoutOrder from './session-timeout-order.js';
import clientPortAddressWithoutPort from './client-port-address-without-port.js';
import quorumSaslChain from './quorum-sasl-chain.js';
import securePortNeedsNetty from './secure-port-needs-netty.js';
import serverCnxnFactoryUnknown from './server-cnxn-factory-unknown.js';
import metricsProviderUnknown from './metrics-provider-unknown.js';
import clientAddressConflict from './client-address-conflict.js';
import keyNotInVersion from './key-not-in-version.js';
import tickTimeDefault from './tick-time-default.js';

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
  bomBeforeFirstKey,
  inlineComment,
  backslashEscape,
  nonAsciiText,
  keyWithoutValue,
  emptyKey,
  serverIdMerged,
  templatePlaceholder,
  passThroughFlag,
  passThroughNumber,
  cnxTimeoutInvalid,
  electionAlgInvalid,
  peerTypeInvalid,
  portOutOfRange,
  dataDirTooShort,
  relativeDataDir,
  tickTimeNotSet,
  sessionTimeoutOrder,
  clientPortAddressWithoutPort,
  quorumSaslChain,
  securePortNeedsNetty,
  serverCnxnFactoryUnknown,
  metricsProviderUnknown,
  clientAddressConflict,
  keyNotInVersion,
  tickTimeDefault,
];
