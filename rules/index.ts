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
// issue3b: server lines, membership, dynamic config, data directories
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
];
