/**
 * Which configs form one ensemble. By default: configs sharing a member (the same
 * host:quorumPort:electionPort in their server lines or dynamic files) belong together, transitively.
 * When every config given has exactly one server line (a collapsed cluster render) and none
 * shares a member, they are taken as one would-be cluster of independent servers. Forced
 * groupings (name → globs) win.
 */
import * as path from 'node:path';
import { compileGlob, globMatches } from '../util/glob.js';
import { memberKeys, type EnsembleNode } from './node.js';

export interface NodeGroup {
  name: string;
  nodes: EnsembleNode[];
  forced: boolean;
}

/** One glob against one path: picomatch's syntax, matched without backtracking (src/util/glob.ts). */
export function ensembleGlob(glob: string): { test(s: string): boolean } {
  const g = compileGlob(glob, 'ensemble');
  return { test: (s) => globMatches(g, s) };
}

/** The former name (it built a regular expression; it now returns a matcher with the same `test`). */
export const globToRegExp = ensembleGlob;

const isNegated = (g: string) => g.startsWith('!') && !g.startsWith('!(');

/**
 * A node is in a group when one of its names (node name, path as given, normalised, absolute) matches
 * a glob (relative globs also resolved against cwd); a later `!glob` takes it back out, and a list of
 * `!` globs only takes everything but what they match.
 */
function matches(node: EnsembleNode, globs: readonly string[], cwd: string): boolean {
  const candidates = [node.name, node.file, path.normalize(node.file), path.resolve(cwd, node.file)];
  let matched = globs.length > 0 && globs.every(isNegated);
  for (const raw of globs) {
    const negated = isNegated(raw);
    const g = negated ? raw.slice(1) : raw;
    if (negated !== matched) continue; // only a glob that could change the answer is tried
    const re = ensembleGlob(g);
    const abs = ensembleGlob(path.resolve(cwd, g));
    if (candidates.some((c) => re.test(c) || abs.test(c))) matched = !negated;
  }
  return matched;
}

/** A collapsed cluster render: exactly one server line (plain standalone configs have none). */
const collapsed = (n: EnsembleNode) => n.model.membership.members.size === 1;

export function groupNodes(
  nodes: readonly EnsembleNode[],
  forced: Readonly<Record<string, string | readonly string[]>> = {},
  cwd = process.cwd(),
): NodeGroup[] {
  const groups: NodeGroup[] = [];
  const taken = new Set<EnsembleNode>();
  for (const [name, g] of Object.entries(forced)) {
    const globs = typeof g === 'string' ? [g] : [...g];
    const members = nodes.filter((n) => !taken.has(n) && matches(n, globs, cwd));
    for (const n of members) taken.add(n);
    if (members.length > 0) groups.push({ name, nodes: members, forced: true });
  }
  const rest = nodes.filter((n) => !taken.has(n));
  // Union-find over shared member keys.
  const parent = rest.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const owner = new Map<string, number>();
  rest.forEach((n, i) => {
    for (const key of memberKeys(n.model)) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, EnsembleNode[]>();
  rest.forEach((n, i) => {
    const r = find(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), n]);
  });
  const found = [...byRoot.values()];
  const singles = found.filter((g) => g.length === 1);
  if (found.length > 1 && singles.length === found.length && rest.every(collapsed)) {
    groups.push({ name: 'standalone servers', nodes: rest, forced: false });
    return groups;
  }
  for (const g of found) {
    const first = g[0] as EnsembleNode;
    const self = first.self ?? [...first.model.membership.members.values()][0];
    const label = self?.parsed.addresses[0]?.host ?? first.name;
    groups.push({ name: g.length === 1 ? first.name : `ensemble of ${label}`, nodes: g, forced: false });
  }
  return groups;
}
