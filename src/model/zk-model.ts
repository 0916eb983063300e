/**
 * ZooKeeper's view of one server's configuration: the static file, the dynamic file it names,
 * membership, the JVM system properties in force, the data directories and myid, and the
 * standalone-or-quorum decision — everything rules need, computed once.
 */
import * as path from 'node:path';
import type { LoadProblem } from '../load/source.js';
import type { DynamicRead, HostFacts } from '../load/host-facts.js';
import { buildConfigFile, type ConfigFile, type Occurrence } from './config-file.js';
import { displayPathFor, type DirFacts, type NotChecked, type Placement } from './data-dir.js';
import { javaGetBoolean, javaParseBoolean, parseJavaInt, parseStrictBoolean, type Parsed } from './java.js';
import { buildMembership, isMembershipKey, type Membership } from './membership.js';
import { myIdFacts, type MyIdFacts } from './myid.js';
import { epochFacts, type EpochFile, type TxnLogStart34 } from './data-files.js';
import { KEYS } from './catalogue.js';
import { SystemProperties } from './system-props.js';
import { atLeast, type ZkVersion } from './version.js';
import { isCleanAbsolute } from '../util/join.js';

export interface ModelOptions extends Placement {
  version: ZkVersion;
  /** JVM system properties the server is started with (`-Dk=v`), e.g. from SERVER_JVMFLAGS. */
  jvmProps: ReadonlyMap<string, string>;
  /** System properties set more than once with different values, each setting with its origin, in order (the last wins). */
  jvmOverrides?: ReadonlyMap<string, readonly { value: string; from: string }[]>;
  /** The server's id when known from inventory (`--myid`): replaces reading `<dataDir>/myid`. */
  myid?: string;
  maxFileBytes?: number;
  /** Told of every file read as config text (see LintOptions.onSource). */
  onSource?: (source: { path: string; text: string }) => void;
}

export interface DynamicFile {
  /** The `dynamicConfigFile` entry in the static file. */
  occ: Occurrence;
  zkPath: string;
  hostPath?: string;
  state: 'loaded' | 'missing' | 'unreadable' | 'not-checked';
  notChecked?: NotChecked;
  problem?: LoadProblem;
  file?: ConfigFile;
}

export interface ZkModel {
  /** `config`: a zoo.cfg; `dynamic`: a file holding only membership lines (zoo.cfg.dynamic.*). */
  kind: 'config' | 'dynamic';
  version: ZkVersion;
  options: ModelOptions;
  static: ConfigFile;
  dynamic?: DynamicFile;
  /**
   * `<zoo.cfg>.dynamic.next`: a proposed membership ZooKeeper also parses at startup when
   * dynamicConfigFile is set (a malformed line there is fatal too).
   */
  dynamicNext?: Membership;
  /** Membership from the dynamic file when one is configured and readable, else from the static file. */
  membership: Membership;
  /** True when membership comes from the static file (no dynamicConfigFile). */
  backwardCompatible: boolean;
  /** System properties in force after zoo.cfg's pass-through keys are applied (zoo.cfg wins). */
  systemProps: SystemProperties;
  standaloneEnabled: boolean;
  /** QuorumPeerConfig.isDistributed(): quorum mode. */
  distributed: boolean;
  dataDir?: DirFacts;
  dataLogDir?: DirFacts;
  myid: MyIdFacts;
  /** `<dataDir>/version-2/{currentEpoch,acceptedEpoch}`, those that are there (read by the loader). */
  epochs: readonly EpochFile[];
  /** 3.4 only: the first transaction log 3.4.13 would fail to open (read by the loader). */
  txnLogStart34: TxnLogStart34 | undefined;
}

/** Trimmed effective value of a key in the static file. */
export function get(model: ZkModel, key: string): Occurrence | undefined {
  return model.static.effective.get(key);
}

const NO_SETTING: { occ?: Occurrence; parsed?: Parsed<number> } = Object.freeze({});

export function intSetting(model: ZkModel, key: string): { occ?: Occurrence; parsed?: Parsed<number> } {
  const occ = get(model, key);
  return occ ? { occ, parsed: parseJavaInt(occ.value) } : NO_SETTING;
}

/** A boolean parsed with the version's rules; `fallback` when absent or invalid. */
export function boolSetting(model: ZkModel, key: string, fallback: boolean): boolean {
  const occ = get(model, key);
  if (!occ) return fallback;
  if (!atLeast(model.version, '3.7') && key !== 'standaloneEnabled' && key !== 'reconfigEnabled') {
    return javaParseBoolean(occ.value);
  }
  const b = parseStrictBoolean(key, occ.value);
  return b.ok ? b.value : fallback;
}

/** Keys the parse loop consumes: they never become system properties. */
function consumed(key: string): boolean {
  const info = KEYS.get(key);
  if (info?.parsed) return true;
  return key.startsWith('metricsProvider.') || isMembershipKey(key);
}

/** The dynamic file as ZooKeeper would see it, from what the loader read. */
function dynamicFrom(occ: Occurrence, read: DynamicRead): DynamicFile {
  const dyn: DynamicFile = { occ, zkPath: read.zkPath, state: 'not-checked' };
  if (read.hostPath === undefined) return { ...dyn, notChecked: read.notChecked as NotChecked };
  dyn.hostPath = read.hostPath;
  if (!read.source) {
    const problem = read.problem as LoadProblem;
    return { ...dyn, state: problem.code === 'missing' ? 'missing' : 'unreadable', problem };
  }
  const file = buildConfigFile(read.source);
  const membershipLines = file.occurrences.filter((o) => isMembershipKey(o.key) || o.key === 'version').length;
  if (membershipLines * 2 < file.occurrences.length || (membershipLines === 0 && file.occurrences.length > 0)) {
    // Mostly not membership lines: not a dynamic config file (e.g. a path pointing at /etc/shadow).
    // ZooKeeper refuses it ("Unrecognised parameter"); zklint must not echo its contents into
    // messages or code frames.
    return { ...dyn, state: 'unreadable', problem: { code: 'not-config' } };
  }
  return { ...dyn, state: 'loaded', file };
}

export { displayPathFor };

/**
 * A file named zoo.cfg is the config ZooKeeper starts with (zkServer.sh's default), whatever it
 * holds: one left with only server lines (a template that lost its other keys) is refused ("dataDir
 * is not set"), not a dynamic file to be linted alone. A dynamic file is named otherwise
 * (`zoo.cfg.dynamic.100000000`, whatever dynamicConfigFile names).
 */
function namedAsStatic(file: string): boolean {
  return path.basename(file) === 'zoo.cfg';
}

/** A file with membership keys only (server./group/weight/version) is a dynamic config file. */
export function isDynamicOnly(file: ConfigFile): boolean {
  return file.occurrences.length > 0 && file.occurrences.every((o) => isMembershipKey(o.key) || o.key === 'version');
}

/**
 * ZooKeeper's view of one server, from the parsed static file and what the loader read beside it
 * (`loadHostFacts`). Pure: no file is read here.
 */
export function buildModel(staticFile: ConfigFile, opts: ModelOptions, host: HostFacts): ZkModel {
  const version = opts.version;
  const source = staticFile.source;
  const systemProps = new SystemProperties(opts.jvmProps, staticFile, consumed);
  const multiAddress = javaGetBoolean(opts.jvmProps, 'zookeeper.multiAddress.enabled');

  const dynOcc = atLeast(version, '3.5') ? staticFile.effective.get('dynamicConfigFile') : undefined;
  const dynamic = dynOcc && host.dynamic ? dynamicFrom(dynOcc, host.dynamic) : undefined;
  if (opts.onSource) {
    opts.onSource(source);
    if (dynamic?.file) opts.onSource(dynamic.file.source);
  }
  const membershipFile = dynamic?.file ?? staticFile;
  const oracle = atLeast(version, '3.8') && staticFile.effective.has('oraclePath');
  const membership = buildMembership(membershipFile, version, multiAddress, oracle);

  const partial = { version, static: staticFile } as ZkModel;
  const standaloneEnabled = atLeast(version, '3.5') ? boolSetting(partial, 'standaloneEnabled', true) : true;
  const voters = membership.voters.length;
  const distributed = atLeast(version, '3.5')
    ? (dynOcc === undefined || dynamic?.file !== undefined) && (!standaloneEnabled || voters > 1)
    : membership.members.size > 1;

  const { dataDir, dataLogDir } = host;
  const myid = myIdFacts(host.myid, opts.myid);

  // Every model has the same fields in the same order (absent ones undefined): rules read them
  // through one hidden class, so V8 keeps their property loads monomorphic.
  const model: ZkModel = {
    kind: isDynamicOnly(staticFile) && !namedAsStatic(source.path) ? 'dynamic' : 'config',
    version,
    options: opts,
    static: staticFile,
    dynamic,
    dynamicNext: undefined,
    membership,
    backwardCompatible: dynOcc === undefined,
    systemProps,
    standaloneEnabled,
    distributed,
    dataDir,
    dataLogDir,
    myid,
    epochs: dataDir ? epochFacts(dataDir, host.epochs) : [],
    txnLogStart34: host.txnLogStart34,
  };
  if (dynamic?.file) {
    const next = host.next ? buildConfigFile(host.next) : undefined;
    if (next) model.dynamicNext = buildMembership(next, version, multiAddress, oracle);
  }
  return model;
}
