/**
 * Linting a compose file or Kubernetes manifests: every ZooKeeper container's `zoo.cfg` and `myid`
 * are rendered as its image's entrypoint would write them, put in a file system held in memory,
 * and linted with the normal engine, the containers of one file together as ensembles. Every
 * finding is then moved back to the YAML line (and column, where the value is copied verbatim) of
 * the env var or ConfigMap line that produced it, with the rendered line named in the message.
 * Container rules (`containers-*`, ensemble rules reading `ensemble.containers`) add what the
 * images and Kubernetes do around ZooKeeper.
 */
import * as path from 'node:path';
import { compareDiagnostics, type Diagnostic, type FileResult, type Location, type RelatedLocation } from '../diagnostic.js';
import { createMemoryFileSystem, nodeFileSystem, type MemoryTree } from '../fs.js';
import { buildEnsemble, lintEnsemble, type EnsembleLintOptions } from '../ensemble/lint.js';
import { runEnsembleRules } from '../ensemble/rule.js';
import type { Ensemble } from '../ensemble/types.js';
import type { EnsembleNodeInput } from '../ensemble/node.js';
import { lintFiles } from '../lint.js';
import type { RuleRegistry } from '../engine/registry.js';
import type { EnsembleRule } from '../rule.js';
import { inRange, type ZkVersion } from '../model/version.js';
import { isCompose, loadCompose } from './compose.js';
import { render } from './images.js';
import { isKubernetes, loadKubernetes } from './k8s.js';
import type { ContainerFacts, ContainerFile, ContainerView, ProvidedConfig } from './model.js';
import { renderedText } from './render/types.js';
import { parseYaml } from './yaml.js';

export interface ContainerLintResult {
  results: FileResult[];
  ensembles: Ensemble[];
  /** What zklint found in the file (containers, workloads, renders). */
  view: ContainerView;
}

/** Container rules are the ensemble rules named `containers-*`: they read `ensemble.containers`. */
export function containerRulesOf(reg: RuleRegistry): EnsembleRule[] {
  return reg.ensemble.filter((r) => r.id.startsWith('containers-'));
}

/** The registry's container rules that apply to a ZooKeeper version. */
function containerRulesFor(reg: RuleRegistry, version: string): EnsembleRule[] {
  return containerRulesOf(reg).filter((r) => inRange(version, r.versions));
}

export { looksLikeContainerYaml, MENTIONS_ZOOKEEPER } from './detect.js';

interface Placed {
  facts: ContainerFacts;
  root: string;
  configPath: string;
  myidPath: string;
}

function emptyFile(file: string, problems: ContainerFile['problems']): ContainerFile {
  return { file, kind: 'kubernetes', containers: [], workloads: [], pdbs: [], looseConfigs: [], problems, unknownImages: [] };
}

/** `key=value` of a properties text, for the few paths zklint must create (dataDir, dataLogDir). */
function keyOf(text: string, key: string): string | undefined {
  const m = new RegExp(`^[ \\t]*${key.replace('.', '\\.')}[ \\t]*[=:][ \\t]*(\\S*)`, 'm').exec(text);
  return m?.[1] || undefined;
}

/** One line of a Location, the columns clamped to it. */
function oneLine(l: Location): Location {
  return l.endLine === l.line ? l : { ...l, endLine: l.line, endColumn: l.column + 1 };
}

/** Where a place in a rendered or provided file comes from in the user's YAML, and what to say about it. */
function mapPlace(p: Placed, file: string, line: number, column: number, endColumn: number): { loc: Location; note: string } {
  const { container: c, rendered } = p.facts;
  if (file === p.myidPath) {
    const from = rendered?.myid?.from ?? c.myid?.from;
    const text = rendered?.myid?.text ?? c.myid?.text ?? '';
    return { loc: oneLine(from?.at ?? c.at ?? c.image.at), note: `${path.posix.join(rendered?.dataDir ?? '', 'myid')} holds ${JSON.stringify(text)}${from ? '' : ": the image's default"}` };
  }
  if (file !== p.configPath) return { loc: oneLine(c.image.at), note: '' };
  if (c.provided) return { loc: providedPlace(c.provided, line, column, endColumn), note: '' };
  const rl = rendered?.lines[line - 1];
  if (!rendered || !rl) return { loc: oneLine(c.image.at), note: '' };
  const note = `rendered ${rendered.configPath} line ${line}: ${rl.text}`;
  const v = rl.from;
  if (!v) return { loc: oneLine(c.image.at), note: `${note} (the image's default)` };
  if (v.start && v.value !== undefined && rl.offset !== undefined && rl.valueOffset !== undefined && rl.valueOffset >= 0) {
    const i = column - 1 - rl.offset + rl.valueOffset;
    const j = Math.min(v.value.length, i + Math.max(1, endColumn - column));
    if (i >= 0 && i <= v.value.length) return { loc: { file: v.start.file, line: v.start.line, column: v.start.column + i, endLine: v.start.line, endColumn: v.start.column + Math.max(i, j) }, note: `${note} (from ${v.name})` };
  }
  return { loc: oneLine(v.at), note: `${note} (from ${v.name})` };
}

function providedPlace(pc: ProvidedConfig, line: number, column: number, endColumn: number): Location {
  const at = pc.lineAt(line);
  if (at.line === pc.at.line && at.column === pc.at.column) return oneLine(at);
  return { file: at.file, line: at.line, column: at.column + column - 1, endLine: at.line, endColumn: at.column + Math.max(column, endColumn) - 1 };
}

/**
 * Lints one compose file or Kubernetes manifest stream held in memory. `options.fs` is used only
 * to read what the YAML refers to (`.env`, `env_file`); never throws for bad input.
 */
export function lintContainerText(reg: RuleRegistry, file: string, text: string, options: EnsembleLintOptions = {}): ContainerLintResult {
  const fs = options.fs ?? nodeFileSystem;
  const cwd = options.cwd ?? process.cwd();
  const y = parseYaml(file, text);
  const cf = isCompose(y) ? loadCompose(y, fs, cwd) : isKubernetes(y) ? loadKubernetes(y) : emptyFile(file, y.problems);
  const view: ContainerView = { file: cf, nodes: [] };

  // Render each container into its own tree: /n<i>/<path in the container>.
  const tree: MemoryTree = {};
  const placed: Placed[] = [];
  cf.containers.forEach((c, i) => {
    const root = `/n${i}`;
    const kind = c.image.info.kind;
    const rendered = kind === 'other' ? undefined : render(kind, { env: c.env, zk: c.image.info.zk, ...(c.myid ? { myid: c.myid } : {}) });
    const facts: ContainerFacts = { container: c, file: cf, ...(rendered ? { rendered } : {}) };
    view.nodes.push(facts);
    // A render zklint cannot know (an unknown variable feeds zoo.cfg) is not linted: containers-not-checked says so.
    if (rendered && !c.provided && rendered.unknown.length > 0) return;
    const cfgText = c.provided ? c.provided.text : renderedText(rendered as NonNullable<typeof rendered>);
    const configPath = c.provided ? '/conf/zoo.cfg' : (rendered as NonNullable<typeof rendered>).configPath;
    const dataDir = keyOf(cfgText, 'dataDir') ?? rendered?.dataDir ?? '/data';
    const logDir = keyOf(cfgText, 'dataLogDir');
    tree[root + configPath] = cfgText;
    if (dataDir.startsWith('/')) tree[root + dataDir] = null;
    if (logDir?.startsWith('/')) tree[root + logDir] = null;
    const myid = c.myid?.text ?? rendered?.myid?.text;
    const myidPath = root + path.posix.join(dataDir.startsWith('/') ? dataDir : '/data', 'myid');
    if (myid !== undefined) tree[myidPath] = `${myid}\n`;
    placed.push({ facts, root, configPath: root + configPath, myidPath });
  });
  const loose = cf.looseConfigs.map((l, i) => ({ ...l, path: `/loose${i}/zoo.cfg` }));
  for (const l of loose) tree[l.path] = l.provided.text;
  const mem = createMemoryFileSystem(tree);

  // One ensemble per ZooKeeper release line (and Kubernetes namespace): the nodes of one file.
  const groups = new Map<string, { zk: ZkVersion; ns: string | undefined; inputs: EnsembleNodeInput[] }>();
  for (const p of placed) {
    const c = p.facts.container;
    const zk = c.image.info.zk;
    const key = `${zk}/${c.workload?.namespace ?? ''}`;
    const g = groups.get(key) ?? { zk, ns: c.workload?.namespace, inputs: [] };
    groups.set(key, g);
    const cfg = tree[p.configPath] as string;
    const host = c.hosts.find((h) => cfg.includes(`=${h}:`)) ?? c.hosts[0];
    g.inputs.push({ name: c.name, path: p.configPath, root: p.root, container: p.facts, ...(host !== undefined ? { host } : {}) });
  }
  const byPath = new Map<string, Placed>();
  for (const p of placed) {
    byPath.set(p.configPath, p);
    byPath.set(p.myidPath, p);
  }
  // onSource (the CLI's record of texts for code frames) is not told about the in-memory renders.
  // Zones a workload pins its pods to (topology labels), keyed by every name a container is reached
  // by, as --zone host=zone would be; zones the caller gives win.
  const zones: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const p of placed) {
    const z = p.facts.container.workload?.zone;
    if (z) for (const h of p.facts.container.hosts) zones[h] = z.value;
  }
  if (options.zones) for (const [h, z] of Object.entries(options.zones)) zones[h] = z;
  const inner = {
    ...options,
    onSource: undefined,
    fs: mem,
    cwd: '/',
    ensembles: undefined,
    ...(Object.keys(zones).length > 0 ? { zones } : {}),
    rules: { 'data-dir-not-checked': 'off' as const, ...(options.rules ?? {}) },
  };
  const raw: Array<{ d: Diagnostic; version: ZkVersion }> = [];
  const ensembles: Ensemble[] = [];
  for (const g of groups.values()) {
    // The ensemble is named after the file (and namespace): lintEnsemble takes the name of a forced grouping.
    const name = g.ns ? `${file} (namespace ${g.ns})` : file;
    const r = lintEnsemble(reg, g.inputs, { ...inner, zkVersion: options.zkVersion ?? g.zk, ensembles: { [name]: [] } });
    ensembles.push(...r.ensembles);
    for (const fr of r.results) for (const d of fr.diagnostics) raw.push({ d, version: g.zk });
  }

  const out: Diagnostic[] = [];
  const seen = new Map<string, Diagnostic & { nodes?: string[] }>();
  const placeOf = (f: string) => byPath.get(f) ?? placed.find((x) => f.startsWith(`${x.root}/`));
  const where = (f: string, line: number, col: number, endCol: number): { loc: Location; note: string } | undefined => {
    const at = placeOf(f);
    if (at) return mapPlace(at, f, line, col, endCol);
    const lc = loose.find((x) => x.path === f);
    return lc ? { loc: providedPlace(lc.provided, line, col, endCol), note: '' } : undefined;
  };
  const mapOne = (d: Diagnostic) => {
    const p = placeOf(d.file);
    const l = loose.find((x) => x.path === d.file);
    if (!p && !l) return;
    // myid findings sit on the config's dataDir line; their cause is the variable (or default) that wrote myid.
    const m = (p && /^myid-/.test(d.ruleId) && d.file === p.configPath ? mapPlace(p, p.myidPath, 1, 1, 2) : where(d.file, d.line, d.column, d.endLine === d.line ? d.endColumn : d.column + 1)) as {
      loc: Location;
      note: string;
    };
    const related: RelatedLocation[] | undefined = d.related?.flatMap((r) => {
      const rm = where(r.file, r.line, r.column, r.endLine === r.line ? r.endColumn : r.column + 1);
      if (!rm) return [];
      const msg = [r.message, rm.note].filter(Boolean).join(' — ');
      return [msg ? { ...rm.loc, message: msg } : rm.loc];
    });
    const perNode = reg.fileIds.has(d.ruleId);
    const message = m.note ? `${d.message} [${m.note}]` : d.message;
    const key = `${d.ruleId}|${m.loc.file}|${m.loc.line}|${m.loc.column}|${message}`;
    const name = p ? p.facts.container.name : (l as (typeof loose)[number]).name;
    const prev = seen.get(key);
    if (prev) {
      if (perNode && prev.nodes && !prev.nodes.includes(name)) prev.nodes.push(name);
      return;
    }
    const nd: Diagnostic & { nodes?: string[] } = { ...d, ...m.loc, message, related: related?.length ? related : undefined, fix: undefined };
    if (perNode) nd.nodes = [name];
    seen.set(key, nd);
    out.push(nd);
  };
  for (const { d } of raw) mapOne(d);
  if (loose.length > 0) {
    const r = lintFiles(
      reg,
      loose.map((l) => l.path),
      { ...inner },
    );
    for (const fr of r.results) for (const d of fr.diagnostics) mapOne(d);
  }
  for (const d of out as Array<Diagnostic & { nodes?: string[] }>) {
    if (d.nodes) d.message = `${d.nodes.join(', ')}: ${d.message}`;
    delete d.nodes;
  }

  // Container rules see the whole file: every container, workload and disruption budget.
  const all = ensembles.flatMap((e) => e.nodes);
  const whole = buildEnsemble(file, all, inner);
  whole.containers = view;
  const version = options.zkVersion ?? placed[0]?.facts.container.image.info.zk ?? cf.containers[0]?.image.info.zk ?? '3.9';
  out.push(...runEnsembleRules(whole, containerRulesFor(reg, version), options.rules ?? {}, version));

  const byFile = new Map<string, Diagnostic[]>([[file, []]]);
  for (const d of out) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const results: FileResult[] = [...byFile].map(([f, diagnostics]) => ({ file: f, diagnostics: diagnostics.sort(compareDiagnostics) }));
  return { results, ensembles, view };
}

/** Lints a compose file or Kubernetes manifest from `options.fs` (the disk by default). */
export function lintContainerFile(reg: RuleRegistry, file: string, options: EnsembleLintOptions = {}): ContainerLintResult {
  const fs = options.fs ?? nodeFileSystem;
  const abs = path.resolve(options.cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = Buffer.from(fs.readFile(abs, options.maxFileBytes ?? 16 << 20)).toString('utf8');
  } catch (e) {
    const cf = emptyFile(file, [{ message: `cannot read ${file}: ${(e as Error).message}`, at: { file, line: 1, column: 1, endLine: 1, endColumn: 1 } }]);
    const view: ContainerView = { file: cf, nodes: [] };
    const whole = buildEnsemble(file, [], options);
    whole.containers = view;
    const version = options.zkVersion ?? '3.9';
    return { results: [{ file, diagnostics: runEnsembleRules(whole, containerRulesFor(reg, version), options.rules ?? {}, version) }], ensembles: [], view };
  }
  return lintContainerText(reg, file, text, options);
}
