/**
 * One node of an ensemble: its config as ZooKeeper reads it, which server it is (myid) and
 * which host it runs on, each with where zklint learned it.
 */
import * as path from 'node:path';
import type { FileSystem } from '../fs.js';
import { readSource, sourceFromText, type LoadProblem, type SourceFile } from '../load/source.js';
import type { ServerDecl } from '../model/membership.js';
import { parseMyIdLine } from '../model/myid.js';
import { firstLine, loadHostFacts } from '../load/host-facts.js';
import { buildConfigFile } from '../model/config-file.js';
import { parseJavaLong } from '../model/java.js';
import { buildModel, type ModelOptions, type ZkModel } from '../model/zk-model.js';
import type { Target } from '../rule.js';
import type { ContainerFacts } from '../containers/model.js';

/** A node as the library takes it: config text in memory or a path, and optionally its id and host. */
export interface EnsembleNodeInput {
  name: string;
  configText?: string;
  path?: string;
  myid?: number | string;
  host?: string;
  /** This node's rendered tree (a container's files, a playground tab): its absolute paths (dataDir, dynamicConfigFile) resolve inside it; wins over the options' `root`. */
  root?: string;
  /** The container this node is, when it comes from a compose file or Kubernetes manifests. */
  container?: ContainerFacts;
}

export type IdSource = 'given' | 'dataDir' | 'beside' | 'host' | 'none';
export type HostSource = 'given' | 'clientPortAddress' | 'folder' | 'none';

export interface EnsembleNode {
  name: string;
  /** The config's path as shown in diagnostics. */
  file: string;
  model: ZkModel;
  /** This node's server id, when known. */
  id?: string;
  idSource: IdSource;
  /** Where the id is written (a myid file), for related locations. */
  idAt?: Target;
  /** The host this node runs on, when known independently of its id. */
  host?: string;
  hostSource: HostSource;
  /** The server line for this node's id in its own config. */
  self?: ServerDecl;
  /** The myid file beside the config, when present. */
  besideMyId?: { file: string; id?: string; says?: string };
  container?: ContainerFacts;
}

export interface LoadedNode {
  node?: EnsembleNode;
  problem?: { file: string; problem: LoadProblem };
  /**
   * A binary or UTF-16 config, loaded from the text ZooKeeper reads in it (with the node's own
   * options and the myid beside it): the pipeline decides whether ZooKeeper refuses it.
   */
  binary?: { file: string; problem: LoadProblem };
}

function readBesideMyId(fs: FileSystem, file: string): EnsembleNode['besideMyId'] {
  const p = path.join(path.dirname(file), 'myid');
  try {
    const st = fs.stat(p);
    if (st?.kind !== 'file') return undefined;
    const { id, says } = parseMyIdLine(firstLine(fs.readFile(p, 64 * 1024)));
    const out: NonNullable<EnsembleNode['besideMyId']> = { file: path.join(path.dirname(file), 'myid') };
    if (id !== undefined) out.id = id;
    if (says !== undefined) out.says = says;
    return out;
  } catch {
    return undefined;
  }
}

/** The server lines whose (first) address names `host`. */
export function linesNaming(model: ZkModel, host: string): ServerDecl[] {
  return [...model.membership.members.values()].filter((d) => d.parsed.addresses.some((a) => a.host === host));
}

export function loadNode(
  input: EnsembleNodeInput,
  opts: ModelOptions,
  hosts: Readonly<Record<string, string>> = {},
  cwd = process.cwd(),
): LoadedNode {
  let source: SourceFile;
  let binary: LoadedNode['binary'];
  const file = input.path ?? input.name;
  if (input.configText !== undefined) {
    source = sourceFromText(file, input.configText);
  } else {
    const abs = path.resolve(cwd, file);
    const read = readSource(opts.fs, file, abs, opts.maxFileBytes);
    if (read.problem?.text !== undefined) {
      binary = { file, problem: read.problem };
      source = sourceFromText(file, read.problem.text);
    } else if (read.problem) return { problem: { file, problem: read.problem } };
    else source = read.source;
  }
  let given: string | undefined;
  if (input.myid !== undefined) {
    const n = parseJavaLong(String(input.myid));
    if (!n.ok) throw new TypeError(`myid of ${input.name} must be an integer, got ${JSON.stringify(input.myid)}`);
    given = n.value.toString();
  }
  const modelOpts: ModelOptions = { ...opts };
  if (given !== undefined) modelOpts.myid = given;
  if (input.root !== undefined) modelOpts.root = input.root;
  const staticFile = buildConfigFile(source);
  const model = buildModel(staticFile, modelOpts, loadHostFacts(staticFile, modelOpts));
  const node: EnsembleNode = { name: input.name, file: source.path, model, idSource: 'none', hostSource: 'none' };
  if (input.container) node.container = input.container;

  // Host: given, then clientPortAddress when a server line names it, then a folder named like a server host.
  // Own properties only: a node named "constructor" or "__proto__" is data, not Object's own members.
  const own = (k: string | undefined) => (k !== undefined && Object.hasOwn(hosts, k) ? hosts[k] : undefined);
  const hostGiven = input.host ?? own(input.name) ?? own(input.path);
  const cpa = model.static.effective.get('clientPortAddress')?.value;
  const folder = input.path !== undefined ? path.basename(path.dirname(path.resolve(cwd, input.path))) : undefined;
  if (hostGiven !== undefined) {
    node.host = hostGiven;
    node.hostSource = 'given';
  } else if (cpa && linesNaming(model, cpa).length > 0) {
    node.host = cpa;
    node.hostSource = 'clientPortAddress';
  } else if (folder && linesNaming(model, folder).length > 0) {
    node.host = folder;
    node.hostSource = 'folder';
  }

  // Id: given, then <dataDir>/myid, then a myid file beside the config, then the line naming the host.
  if (input.configText === undefined) {
    const beside = readBesideMyId(opts.fs, path.resolve(cwd, file));
    if (beside) node.besideMyId = { ...beside, file: path.join(path.dirname(file), 'myid') };
  }
  if (given !== undefined) {
    node.id = given;
    node.idSource = 'given';
  } else if (model.myid.state === 'ok' && model.myid.id !== undefined) {
    node.id = model.myid.id;
    node.idSource = 'dataDir';
    node.idAt = { file: model.myid.hostPath ?? model.myid.zkPath ?? 'myid' };
  } else if (node.besideMyId?.id !== undefined) {
    node.id = node.besideMyId.id;
    node.idSource = 'beside';
    node.idAt = { file: node.besideMyId.file };
  } else if (node.host !== undefined) {
    const named = linesNaming(model, node.host);
    if (named.length === 1) {
      node.id = named[0]?.id as string;
      node.idSource = 'host';
    }
  }
  if (node.id !== undefined) {
    const self = model.membership.members.get(node.id);
    if (self) node.self = self;
  }
  return binary ? { node, binary } : { node };
}

/** Members of a node's view as `host:quorumPort:electionPort` keys (what makes two configs one ensemble). */
export function memberKeys(model: ZkModel): string[] {
  return [...model.membership.members.values()].flatMap((d) =>
    d.parsed.addresses.map((a) => `${a.host}:${a.quorumPort}:${a.electionPort ?? ''}`),
  );
}
