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
import multiaddressKeyIgnored from './multiaddress-key-ignored.js';
import singleServerLine from './single-server-line.js';
import observersWithoutQuorum from './observers-without-quorum.js';
import standaloneDisabledWithoutParticipants from './standalone-disabled-without-participants.js';
import peerTypeMismatch from './peer-type-mismatch.js';
import hierarchicalQuorumInvalid from './hierarchical-quorum-invalid.js';
import serverIdRange from './server-id-range.js';
import dynamicFileMissing from './dynamic-file-missing.js';
import membershipInStaticFile from './membership-in-static-file.js';
import dynamicFileUnknownKey from './dynamic-file-unknown-key.js';
import dynamicFileVersion from './dynamic-file-version.js';
import reconfigRewritesConfig from './reconfig-rewrites-config.js';
import dataDirNotDirectory from './data-dir-not-directory.js';
import datadirAutocreateDisabled from './datadir-autocreate-disabled.js';
import dataDirsMixedContent from './data-dirs-mixed-content.js';
import logWithoutSnapshot from './log-without-snapshot.js';
import epochFileInvalid from './epoch-file-invalid.js';
import initializeFileIgnored from './initialize-file-ignored.js';
import dynamicNextInvalid from './dynamic-next-invalid.js';
import sslAuthProviderUnknown from './ssl-auth-provider-unknown.js';
import quorumSaslWithoutJaas from './quorum-sasl-without-jaas.js';
import clientPortRequired from './client-port-required.js';
import portConflict from './port-conflict.js';
import unreachableAddress from './unreachable-address.js';
import fourLetterWordsAll from './four-letter-words-all.js';
import adminServerExposed from './admin-server-exposed.js';
import skipAcl from './skip-acl.js';
import plaintextPassword from './plaintext-password.js';
import superDigest from './super-digest.js';
import sslQuorumKeystoreMissing from './ssl-quorum-keystore-missing.js';
import reconfigWithoutAuth from './reconfig-without-auth.js';
import jvmOnlyKey from './jvm-only-key.js';
import misnamedKey from './misnamed-key.js';
import autopurgeDisabled from './autopurge-disabled.js';
import snapRetainCountLow from './snap-retain-count-low.js';
import maxClientCnxnsUnlimited from './max-client-cnxns-unlimited.js';
import authSchemeUnavailable from './auth-scheme-unavailable.js';
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
  multiaddressKeyIgnored,
  singleServerLine,
  observersWithoutQuorum,
  standaloneDisabledWithoutParticipants,
  peerTypeMismatch,
  hierarchicalQuorumInvalid,
  serverIdRange,
  dynamicFileMissing,
  membershipInStaticFile,
  dynamicFileUnknownKey,
  dynamicFileVersion,
  reconfigRewritesConfig,
  dataDirNotDirectory,
  datadirAutocreateDisabled,
  dataDirsMixedContent,
  logWithoutSnapshot,
  epochFileInvalid,
  initializeFileIgnored,
  dynamicNextInvalid,
  sslAuthProviderUnknown,
  quorumSaslWithoutJaas,
  clientPortRequired,
  portConflict,
  unreachableAddress,
  fourLetterWordsAll,
  adminServerExposed,
  skipAcl,
  plaintextPassword,
  superDigest,
  sslQuorumKeystoreMissing,
  reconfigWithoutAuth,
  jvmOnlyKey,
  misnamedKey,
  autopurgeDisabled,
  snapRetainCountLow,
  maxClientCnxnsUnlimited,
  authSchemeUnavailable,
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
  unusedSuppression,
];
