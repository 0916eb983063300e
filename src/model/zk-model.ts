/**
 * ZooKeeper's view of one server's configuration: the static file, the dynamic file it names,
 * membership, the JVM system properties in force, the data directories and myid, and the
 * standalone-or-quorum decision — everything rules need, computed once.
 */
import * as path from 'node:path';
import { readSource, type LoadProblem, type SourceFile } from '../load/source.js';
import { buildConfigFile, type ConfigFile, type Occurrence } from './config-file.js';
import { inspectDir, hostPathOf, type DirFacts, type NotChecked, type Placement } from './data-dir.js';
import { parseJavaInt, parseStrictBoolean, type Parsed } from './java.js';
import { buildMembership, isMembershipKey, type Membership } from './membership.js';
import { readMyId, type MyIdFacts } from './myid.js';
import { KEYS } from './catalogue.js';
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
  systemProps: Map<string, string>;
  standaloneEnabled: boolean;
  /** QuorumPeerConfig.isDistributed(): quorum mode. */
  distributed: boolean;
  dataDir?: DirFacts;
  dataLogDir?: DirFacts;
  myid: MyIdFacts;
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
    return occ.value.toLowerCase() === 'true';
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

function loadDynamic(occ: Occurrence, opts: ModelOptions, version: ZkVersion): DynamicFile {
  const zkPath = occ.value;
  const dyn: DynamicFile = { occ, zkPath, state: 'not-checked' };
  const { hostPath, notChecked } = hostPathOf(opts, zkPath);
  if (hostPath === undefined) return { ...dyn, notChecked: notChecked as NotChecked };
  dyn.hostPath = hostPath;
  const read = readSource(opts.fs, displayPathFor(occ.file.path, hostPath, zkPath), hostPath, opts.maxFileBytes);
  if (read.problem) {
    if (read.problem.code === 'missing') return { ...dyn, state: 'missing', problem: read.problem };
    return { ...dyn, state: 'unreadable', problem: read.problem };
  }
  void version;
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

/** Reads `<static path>.dynamic.next` beside the static file, when there is one. */
function loadNext(source: SourceFile, opts: ModelOptions): ConfigFile | undefined {
  if (source.path.startsWith('<')) return undefined; // text given in memory: no location
  const hostPath = path.resolve(opts.cwd, `${source.path}.dynamic.next`);
  const read = readSource(opts.fs, `${source.path}.dynamic.next`, hostPath, opts.maxFileBytes);
  return read.source ? buildConfigFile(read.source) : undefined;
}

/** Shows the dynamic file relative to the static file's folder when it sits beside it (exported for tests). */
export function displayPathFor(staticDisplay: string, hostPath: string, zkPath: string): string {
  const dir = path.dirname(staticDisplay);
  // The usual case, both absolute and normal: what follows `dir/` is the relative path.
  if (isCleanAbsolute(dir) && isCleanAbsolute(hostPath)) {
    if (hostPath === dir) return hostPath;
    if (!hostPath.startsWith(`${dir}/`)) return zkPath;
    return hostPath.startsWith('..', dir.length + 1) ? zkPath : hostPath;
  }
  const rel = path.relative(path.resolve(dir), hostPath);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return path.join(dir, rel);
  return zkPath;
}

/** A file with membership keys only (server./group/weight/version) is a dynamic config file. */
export function isDynamicOnly(file: ConfigFile): boolean {
  return file.occurrences.length > 0 && file.occurrences.every((o) => isMembershipKey(o.key) || o.key === 'version');
}

export function buildModel(source: SourceFile, opts: ModelOptions): ZkModel {
  const version = opts.version;
  const staticFile = buildConfigFile(source);
  const systemProps = new Map(opts.jvmProps);
  for (let n = 0; n < staticFile.winners.length; n++) {
    const occ = staticFile.winners[n]!;
    const key = occ.key;
    if (!consumed(key)) systemProps.set(`zookeeper.${key}`, occ.value);
  }
  const multiAddress = (opts.jvmProps.get('zookeeper.multiAddress.enabled') ?? 'false').toLowerCase() === 'true';

  const dynOcc = atLeast(version, '3.5') ? staticFile.effective.get('dynamicConfigFile') : undefined;
  const dynamic = dynOcc ? loadDynamic(dynOcc, opts, version) : undefined;
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

  const dataDirOcc = staticFile.effective.get('dataDir');
  const dataLogDirOcc = staticFile.effective.get('dataLogDir');
  // 3.5+ crashes on a value shorter than 2 (data-dir-too-short) before using it. 3.4 uses any value;
  // an empty one is java.io.File's empty path, whose children resolve under "/" (`/myid`).
  const dirOf = (occ: typeof dataDirOcc) =>
    !occ ? undefined : occ.value.length >= 2 ? inspectDir(opts, occ.value) : version === '3.4' ? inspectDir(opts, occ.value === '' ? '/' : occ.value) : undefined;
  const dataDir = dirOf(dataDirOcc);
  const dataLogDir = dirOf(dataLogDirOcc);
  const myid = readMyId(opts, dataDir, opts.myid);

  // Every model has the same fields in the same order (absent ones undefined): rules read them
  // through one hidden class, so V8 keeps their property loads monomorphic.
  const model: ZkModel = {
    kind: isDynamicOnly(staticFile) ? 'dynamic' : 'config',
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
  };
  if (dynamic?.file) {
    const next = loadNext(source, opts);
    if (next) model.dynamicNext = buildMembership(next, version, multiAddress, oracle);
  }
  return model;
}
