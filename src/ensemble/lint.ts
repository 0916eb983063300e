/**
 * Linting whole ensembles: every node's per-file findings plus the ensemble rules, with the
 * linter config's rule settings and each node's inline `zklint-disable` comments applied to both.
 */
import * as path from 'node:path';
import { compareDiagnostics, type Diagnostic, type FileResult, type LintResult } from '../diagnostic.js';
import { runRules, toDiagnostic, type ResolvedRule } from '../engine/run.js';
import { applySuppressions } from '../engine/suppress.js';
import { capPerRuleAndFile } from '../engine/cap.js';
import { modelOptions, refusalOf, resolveAll, unreadable, versionOf } from '../lint.js';
import type { ZkModel } from '../model/zk-model.js';
import type { LintOptions } from '../options.js';
import type { RuleRegistry } from '../engine/registry.js';
import { groupNodes } from './group.js';
import { loadNode, type EnsembleNode, type EnsembleNodeInput } from './node.js';
import { quorumView } from './quorum.js';
import { resolveEnsembleRule, runEnsembleRules, type Ensemble, type EnsembleRule, type MembershipView } from './rule.js';
import { inRange } from '../model/version.js';

export interface EnsembleLintOptions extends LintOptions {
  /** Extra ensemble rules (made with defineEnsembleRule). */
  customEnsembleRules?: readonly EnsembleRule[];
  /**
   * Each node's rendered tree (`node name or config path → folder`), as `root` is for one config:
   * several nodes whose configs all say `dataDir=/var/lib/zookeeper` each read their own myid.
   */
  roots?: Record<string, string>;
}

export interface EnsembleLintResult extends LintResult {
  ensembles: Ensemble[];
}

/** Canonical text of a membership: what every node must agree on. */
export function membershipSignature(model: ZkModel): string {
  const m = model.membership;
  return [...m.members.values()]
    .map((d) => {
      const id = d.id as string;
      const addrs = d.parsed.addresses.map((a) => `${a.host}:${a.quorumPort}:${a.electionPort ?? ''}`).join('|');
      const hier = m.hierarchical ? `|g${m.groupOf.get(id) ?? '-'}|w${m.weights.get(id) ?? 1n}` : '';
      return `${id}=${addrs}|${d.role}${hier}`;
    })
    .sort()
    .join('\n');
}

export function buildEnsemble(name: string, nodes: EnsembleNode[], options: LintOptions): Ensemble {
  const bySig = new Map<string, MembershipView>();
  for (const n of nodes) {
    const sig = membershipSignature(n.model);
    const v = bySig.get(sig);
    if (v) v.holders.push(n);
    else bySig.set(sig, { signature: sig, model: n.model, holders: [n] });
  }
  const views = [...bySig.values()].sort((a, b) => b.holders.length - a.holders.length || b.model.membership.members.size - a.model.membership.members.size);
  const main = views[0];
  const e: Ensemble = {
    name,
    nodes,
    views,
    quorum: main ? quorumView(main.model.membership) : undefined,
    zones: new Map(Object.entries(options.zones ?? {})),
  };
  if (options.faultTolerance !== undefined) e.faultTolerance = options.faultTolerance;
  return e;
}

function collect(byFile: Map<string, Diagnostic[]>, diags: Diagnostic[]): void {
  for (const d of diags) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
}

function toResults(byFile: Map<string, Diagnostic[]>, suppressedByFile?: Map<string, Diagnostic[]>): FileResult[] {
  const out: FileResult[] = [...byFile].map(([file, diagnostics]) => ({ file, diagnostics: capPerRuleAndFile(diagnostics.sort(compareDiagnostics)) }));
  const byName = new Map(out.map((r) => [r.file, r]));
  for (const [file, suppressed] of suppressedByFile ?? []) {
    if (suppressed.length === 0) continue;
    let r = byName.get(file);
    if (!r) out.push((r = { file, diagnostics: [] }));
    r.suppressed = capPerRuleAndFile(suppressed.sort(compareDiagnostics));
  }
  return out;
}

interface Loaded {
  reg: RuleRegistry;
  nodes: EnsembleNode[];
  byFile: Map<string, Diagnostic[]>;
  resolved: ResolvedRule[];
}

/**
 * Applies each node's `zklint-disable` comments to every finding on its files (per-file and
 * ensemble) and reports unused ones. `ranOn`: nodes the ensemble rules ran on; elsewhere a comment
 * naming an ensemble rule is not called unused.
 */
function suppress(loaded: Loaded, ranOn: ReadonlySet<EnsembleNode>, options: EnsembleLintOptions): FileResult[] {
  const { reg, byFile, nodes, resolved } = loaded;
  if (options.inlineConfig === false) return toResults(byFile);
  const ensembleIds = ensembleRulesOf(reg, options).map((r) => r.id);
  const known = [...reg.file, ...(options.customRules ?? [])].map((r) => r.id).concat(ensembleIds);
  const suppressedByFile = new Map<string, Diagnostic[]>();
  const done = new Set<string>();
  for (const n of nodes) {
    const files = [n.model.static, ...(n.model.dynamic?.file ? [n.model.dynamic.file] : [])].filter((f) => !done.has(f.source.path));
    if (files.length === 0) continue;
    const paths = files.map((f) => f.source.path);
    for (const p of paths) done.add(p);
    const diags = paths.flatMap((p) => byFile.get(p) ?? []);
    const { kept, suppressed } = applySuppressions(files, diags, resolved, known, ranOn.has(n) ? [] : ensembleIds, versionOf(options));
    for (const p of paths) if (byFile.has(p)) byFile.set(p, []);
    collect(byFile, kept);
    if (options.keepSuppressed) {
      for (const d of suppressed) {
        const list = suppressedByFile.get(d.file);
        if (list) list.push(d);
        else suppressedByFile.set(d.file, [d]);
      }
    }
  }
  return toResults(byFile, suppressedByFile);
}

function loadAll(reg: RuleRegistry, inputs: readonly EnsembleNodeInput[], options: EnsembleLintOptions): Loaded {
  const resolved = resolveAll(reg, options);
  const mopts = modelOptions({ ...options, myid: undefined });
  const byFile = new Map<string, Diagnostic[]>();
  const nodes: EnsembleNode[] = [];
  for (const input of inputs) {
    const { node, problem, binary } = loadNode(input, mopts, options.hosts, options.cwd ?? process.cwd());
    if (problem) {
      byFile.set(problem.file, unreadable(resolved, problem.file, problem.problem, versionOf(options)));
      continue;
    }
    if (binary) {
      // A binary or UTF-16 file, loaded as the text ZooKeeper reads: refused, it is one finding in
      // ZooKeeper's words; started with, it is a node like any other.
      const refusal = refusalOf(reg, (node as EnsembleNode).model, versionOf(options));
      if (refusal) {
        byFile.set(binary.file, unreadable(resolved, binary.file, binary.problem, versionOf(options), refusal));
        continue;
      }
    }
    const n = node as EnsembleNode;
    nodes.push(n);
    byFile.set(n.file, byFile.get(n.file) ?? []);
    collect(byFile, runRules(n.model, resolved));
  }
  return { reg, nodes, byFile, resolved };
}

/** Inside an ensemble, the whole-ensemble fault-tolerance finding replaces the per-file one on every node. */
function dropPerFileFaultTolerance(reg: RuleRegistry, byFile: Map<string, Diagnostic[]>, e: Ensemble, options: EnsembleLintOptions): void {
  const rule = reg.ensemble.find((r) => r.id === 'ensemble-fault-tolerance');
  const setting = options.rules && Object.hasOwn(options.rules, 'ensemble-fault-tolerance') ? options.rules['ensemble-fault-tolerance'] : undefined;
  if (!rule || !resolveEnsembleRule(rule, setting)) return;
  for (const n of e.nodes) {
    const list = byFile.get(n.file);
    if (list) byFile.set(n.file, list.filter((d) => d.ruleId !== 'fault-tolerance'));
  }
}

function ensembleRulesOf(reg: RuleRegistry, options: EnsembleLintOptions): EnsembleRule[] {
  const version = versionOf(options);
  return [...reg.ensemble, ...(options.customEnsembleRules ?? [])].filter((r) => inRange(version, r.versions));
}

/**
 * Lints the given nodes as ONE ensemble: each node's config with the per-file rules, then the
 * ensemble rules across all of them. Inputs hold config text (`configText`) or a `path`.
 */
export function lintEnsemble(reg: RuleRegistry, inputs: readonly EnsembleNodeInput[], options: EnsembleLintOptions = {}): EnsembleLintResult {
  const loaded = loadAll(reg, inputs, options);
  const { nodes, byFile } = loaded;
  const ensemble = buildEnsemble(options.ensembles ? Object.keys(options.ensembles)[0] ?? 'ensemble' : 'ensemble', nodes, options);
  if (nodes.length > 0) {
    dropPerFileFaultTolerance(reg, byFile, ensemble, options);
    collect(byFile, runEnsembleRules(ensemble, ensembleRulesOf(reg, options), options.rules ?? {}, versionOf(options)));
  }
  return { results: suppress(loaded, new Set(nodes), options), ensembles: [ensemble] };
}

/**
 * A node name for each config path: the file name, or its folder for `…/<node>/zoo.cfg`-style
 * layouts; a file whose name would still clash keeps its path. Counts, not rescans (1,000 configs).
 */
export function nodeNamesFor(all: readonly string[]): string[] {
  const count = <T>(xs: readonly T[]) => {
    const m = new Map<T, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const bases = all.map((f) => path.basename(f));
  const baseCount = count(bases);
  const candidates = all.map((f, i) => ((baseCount.get(bases[i] as string) as number) > 1 ? path.basename(path.dirname(path.resolve(f))) : (bases[i] as string)));
  const candidateCount = count(candidates);
  return all.map((f, i) => ((candidateCount.get(candidates[i] as string) as number) > 1 ? f : (candidates[i] as string)));
}

/**
 * Lints config files, grouping them into ensembles by shared members (or `options.ensembles`);
 * a config that shares no member with the others gets only the per-file rules.
 */
export function lintEnsembles(reg: RuleRegistry, files: readonly string[], options: EnsembleLintOptions = {}): EnsembleLintResult {
  const names = nodeNamesFor(files);
  const roots = options.roots ?? {};
  const inputs = files.map((f, i): EnsembleNodeInput => {
    const name = names[i] as string;
    const root = Object.hasOwn(roots, name) ? roots[name] : Object.hasOwn(roots, f) ? roots[f] : undefined;
    return root !== undefined ? { name, path: f, root } : { name, path: f };
  });
  const loaded = loadAll(reg, inputs, options);
  const { nodes, byFile } = loaded;
  const groups = groupNodes(nodes, options.ensembles, options.cwd ?? process.cwd());
  const ensembles: Ensemble[] = [];
  const ranOn = new Set<EnsembleNode>();
  for (const g of groups) {
    const e = buildEnsemble(g.name, g.nodes, options);
    ensembles.push(e);
    if (g.nodes.length < 2 && !g.forced) continue;
    dropPerFileFaultTolerance(reg, byFile, e, options);
    collect(byFile, runEnsembleRules(e, ensembleRulesOf(reg, options), options.rules ?? {}, versionOf(options)));
    for (const n of g.nodes) ranOn.add(n);
  }
  return { results: suppress(loaded, ranOn, options), ensembles };
}
