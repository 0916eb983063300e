/**
 * Lints a playground state with the public library: every node is a folder in an in-memory file
 * system (`/nodes/<name>/zoo.cfg`, and its data directory under the same folder, as a rendered tree
 * per node), linted together with `lintEnsembles` as the CLI lints several files (configs that
 * share members form one ensemble). zklint is told it runs on the node (`onHost`): the panel's
 * "data directory missing" is what ZooKeeper will find there.
 */
import { createMemoryFileSystem, explainEnsemble, lintEnsembles, type Diagnostic, type ExplainEnsemble, type MemoryTree } from '../../src/index.js';
import { placeablePath, type PlaygroundState } from './state.js';

export const NODES = '/nodes';

export interface NodeView {
  name: string;
  /** Config path in the in-memory tree. */
  file: string;
  /** Findings on this node's files (its config, its myid), paths shown as the node sees them. */
  diagnostics: Array<Diagnostic & { shownFile: string }>;
  /** Where ZooKeeper reads this node's data directory and myid (as the config says). */
  dataDirPath: string | undefined;
  myidPath: string | undefined;
  /** Why the data directory could not be placed (a relative path, no dataDir). */
  dataDirNote: string | undefined;
}

export interface PlaygroundResult {
  nodes: NodeView[];
  ensembles: ExplainEnsemble[];
  /** Findings on files of no node (should not happen; shown rather than dropped). */
  other: Diagnostic[];
}

const rootOf = (name: string) => `${NODES}/${name}`;
const utf8 = new TextEncoder();

/** A path inside a node's folder as the node sees it (`/nodes/node1/var/x` → `/var/x`). */
export function shownPath(name: string, p: string): string {
  const root = rootOf(name);
  if (p === `${root}/zoo.cfg`) return 'zoo.cfg';
  return p.startsWith(`${root}/`) ? p.slice(root.length) : p;
}

interface Placed {
  /** In-memory path of the data directory, or undefined when the config gives none we can place. */
  dir: string | undefined;
  myid: string | undefined;
}

function tree(state: PlaygroundState, placed: ReadonlyMap<string, Placed>): MemoryTree {
  const t: MemoryTree = {};
  for (const n of state.nodes) {
    // Saved as an editor saves text, UTF-8; ZooKeeper then reads those bytes as Latin-1.
    t[`${rootOf(n.name)}/zoo.cfg`] = utf8.encode(n.config);
    const p = placed.get(n.name);
    if (p?.dir && n.dataDir) {
      t[p.dir] = null;
      if (n.myid !== null && p.myid) t[p.myid] = utf8.encode(n.myid);
    }
    // The node's other files last: a file named explicitly is there, whatever the panel says.
    for (const f of n.files) {
      if (!placeablePath(f.path)) continue;
      t[`${rootOf(n.name)}${f.path.replace(/\/+$/, '')}`] = f.path.endsWith('/') ? null : utf8.encode(f.text);
    }
  }
  return t;
}

/**
 * A first guess at where a node's data directory is: the last plain `dataDir=` line. Only a guess
 * (escapes and continuations are the linter's business): `lintState` checks it against the model
 * and lints again when it was wrong, so a good guess just saves that second pass.
 */
function guess(state: PlaygroundState): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const n of state.nodes) {
    let dir: string | undefined;
    for (const m of n.config.matchAll(/^[ \t\f]*dataDir[ \t\f]*[=: \t\f][ \t\f]*(\/[^\\\r\n]*?)[ \t\f]*$/gm)) dir = m[1];
    if (dir === undefined || !/^(\/[A-Za-z0-9._-]+)+$/.test(dir) || /\/\.\.?(\/|$)/.test(dir)) continue;
    const host = `${rootOf(n.name)}${dir}`;
    out.set(n.name, { dir: host, myid: `${host}/myid` });
  }
  return out;
}

export function lintState(state: PlaygroundState): PlaygroundResult {
  const files = state.nodes.map((n) => `${rootOf(n.name)}/zoo.cfg`);
  const roots: Record<string, string> = {};
  for (const n of state.nodes) roots[`${rootOf(n.name)}/zoo.cfg`] = rootOf(n.name);
  // Where each node's dataDir is comes from its config, which only the linter reads exactly:
  // lint, take the paths from the models, and lint again if they moved (a second pass at most).
  let placed = guess(state);
  for (let pass = 0; ; pass++) {
    const fs = createMemoryFileSystem(tree(state, placed));
    const result = lintEnsembles(files, {
      fs,
      onHost: true,
      cwd: '/',
      roots,
      zkVersion: state.version,
      ...(state.faultTolerance !== null ? { faultTolerance: state.faultTolerance } : {}),
    });
    const found = new Map<string, Placed>();
    const models = new Map<string, { dataDir?: { hostPath?: string | undefined; zkPath: string }; myid: { hostPath?: string | undefined; zkPath?: string | undefined } }>();
    for (const e of result.ensembles) for (const node of e.nodes) models.set(node.file, node.model);
    for (const n of state.nodes) {
      const m = models.get(`${rootOf(n.name)}/zoo.cfg`);
      const dir = m?.dataDir?.hostPath;
      const inside = dir !== undefined && dir.startsWith(`${rootOf(n.name)}/`);
      found.set(n.name, { dir: inside ? dir : undefined, myid: inside ? (m?.myid.hostPath ?? `${dir}/myid`) : undefined });
    }
    const same = state.nodes.every((n) => placed.get(n.name)?.dir === found.get(n.name)?.dir && placed.get(n.name)?.myid === found.get(n.name)?.myid);
    if (!same && pass < 2) {
      placed = found;
      continue;
    }
    return view(state, result.results.flatMap((r) => r.diagnostics), result.ensembles.map(explainEnsemble), models, found);
  }
}

function view(
  state: PlaygroundState,
  all: Diagnostic[],
  ensembles: ExplainEnsemble[],
  models: Map<string, { dataDir?: { hostPath?: string | undefined; zkPath: string }; myid: { zkPath?: string | undefined } }>,
  placed: ReadonlyMap<string, Placed>,
): PlaygroundResult {
  const nodes: NodeView[] = state.nodes.map((n) => {
    const m = models.get(`${rootOf(n.name)}/zoo.cfg`);
    const p = placed.get(n.name);
    const zkDir = m?.dataDir?.zkPath;
    let note: string | undefined;
    if (zkDir === undefined) note = 'this config sets no dataDir';
    else if (!p?.dir) note = `dataDir ${zkDir} is relative: ZooKeeper resolves it against its working directory`;
    return {
      name: n.name,
      file: `${rootOf(n.name)}/zoo.cfg`,
      diagnostics: [],
      dataDirPath: zkDir,
      myidPath: m?.myid.zkPath ?? (zkDir !== undefined ? `${zkDir.replace(/\/+$/, '')}/myid` : undefined),
      dataDirNote: note,
    };
  });
  const other: Diagnostic[] = [];
  for (const d of all) {
    const owner = nodes.find((v) => d.file.startsWith(`${rootOf(v.name)}/`));
    if (owner) owner.diagnostics.push({ ...d, shownFile: shownPath(owner.name, d.file) });
    else other.push(d);
  }
  return { nodes, ensembles, other };
}
