/** Linting whole ensembles: every node's per-file findings plus the ensemble rules. */
import * as path from 'node:path';
import { compareDiagnostics, type Diagnostic, type FileResult, type LintResult } from '../diagnostic.js';
import { runRules, toDiagnostic } from '../engine/run.js';
import { modelOptions, resolveAll } from '../lint.js';
import type { ZkModel } from '../model/zk-model.js';
import type { LintOptions } from '../options.js';
import { ensembleRules } from '../../rules/ensemble/index.js';
import { groupNodes } from './group.js';
import { loadNode, type EnsembleNode, type EnsembleNodeInput } from './node.js';
import { quorumView } from './quorum.js';
import { runEnsembleRules, type Ensemble, type EnsembleRule, type MembershipView } from './rule.js';

export interface EnsembleLintOptions extends LintOptions {
  /** Extra ensemble rules (made with defineEnsembleRule). */
  customEnsembleRules?: readonly EnsembleRule[];
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

function toResults(byFile: Map<string, Diagnostic[]>): FileResult[] {
  return [...byFile].map(([file, diagnostics]) => ({ file, diagnostics: diagnostics.sort(compareDiagnostics) }));
}

interface Loaded {
  nodes: EnsembleNode[];
  byFile: Map<string, Diagnostic[]>;
}

function loadAll(inputs: readonly EnsembleNodeInput[], options: EnsembleLintOptions): Loaded {
  const resolved = resolveAll(options);
  const mopts = modelOptions({ ...options, myid: undefined });
  const byFile = new Map<string, Diagnostic[]>();
  const nodes: EnsembleNode[] = [];
  for (const input of inputs) {
    const { node, problem } = loadNode(input, mopts, options.hosts, options.cwd ?? process.cwd());
    if (problem) {
      const rule = resolved.find((r) => r.rule.id === 'config-unreadable');
      byFile.set(problem.file, rule ? [toDiagnostic(rule, { at: { file: problem.file }, message: `Cannot lint ${problem.file}: ${problem.problem.message}.`, zookeeper: { effect: 'fatal' } })] : []);
      continue;
    }
    const n = node as EnsembleNode;
    nodes.push(n);
    byFile.set(n.file, byFile.get(n.file) ?? []);
    collect(byFile, runRules(n.model, resolved));
  }
  return { nodes, byFile };
}

/** Inside an ensemble, the whole-ensemble fault-tolerance finding replaces the per-file one on every node. */
function dropPerFileFaultTolerance(byFile: Map<string, Diagnostic[]>, e: Ensemble, options: EnsembleLintOptions): void {
  if (options.rules?.['ensemble-fault-tolerance'] === 'off') return;
  for (const n of e.nodes) {
    const list = byFile.get(n.file);
    if (list) byFile.set(n.file, list.filter((d) => d.ruleId !== 'fault-tolerance'));
  }
}

function ensembleRulesOf(options: EnsembleLintOptions): EnsembleRule[] {
  return [...ensembleRules, ...(options.customEnsembleRules ?? [])];
}

/**
 * Lints the given nodes as ONE ensemble: each node's config with the per-file rules, then the
 * ensemble rules across all of them. Inputs hold config text (`configText`) or a `path`.
 */
export function lintEnsemble(inputs: readonly EnsembleNodeInput[], options: EnsembleLintOptions = {}): EnsembleLintResult {
  const { nodes, byFile } = loadAll(inputs, options);
  const ensemble = buildEnsemble(options.ensembles ? Object.keys(options.ensembles)[0] ?? 'ensemble' : 'ensemble', nodes, options);
  if (nodes.length > 0) {
    dropPerFileFaultTolerance(byFile, ensemble, options);
    collect(byFile, runEnsembleRules(ensemble, ensembleRulesOf(options), options.rules));
  }
  return { results: toResults(byFile), ensembles: [ensemble] };
}

/** A node name for a config path: its folder for `…/<node>/zoo.cfg`-style layouts, else the file name. */
export function nodeNameFor(file: string, all: readonly string[]): string {
  const i = all.indexOf(file);
  return i >= 0 ? (nodeNamesFor(all)[i] as string) : (nodeNamesFor([...all, file]).at(-1) as string);
}

/**
 * nodeNameFor for every file at once, with counts instead of rescanning the list per file
 * (that was cubic: 1,000 configs took seconds). A file whose name would clash keeps its path.
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
export function lintEnsembles(files: readonly string[], options: EnsembleLintOptions = {}): EnsembleLintResult {
  const names = nodeNamesFor(files);
  const inputs = files.map((f, i) => ({ name: names[i] as string, path: f }));
  const { nodes, byFile } = loadAll(inputs, options);
  const groups = groupNodes(nodes, options.ensembles, options.cwd ?? process.cwd());
  const ensembles: Ensemble[] = [];
  for (const g of groups) {
    const e = buildEnsemble(g.name, g.nodes, options);
    ensembles.push(e);
    if (g.nodes.length < 2 && !g.forced) continue;
    dropPerFileFaultTolerance(byFile, e, options);
    collect(byFile, runEnsembleRules(e, ensembleRulesOf(options), options.rules));
  }
  return { results: toResults(byFile), ensembles };
}
