/** Phrases and locations ensemble rules share. */
import type { ServerDecl } from '../model/membership.js';
import type { Target } from '../rule.js';
import type { EnsembleNode } from './node.js';

export function nodeLabel(n: EnsembleNode): string {
  return n.id !== undefined ? `${n.name} (server.${n.id})` : n.name;
}

export function names(nodes: readonly EnsembleNode[]): string {
  return nodes.map((n) => n.name).join(', ');
}

/** Where to point at a node: its own server line, else its first server line, else the file. */
export function nodeTarget(n: EnsembleNode): Target {
  if (n.self) return { occ: n.self.occ };
  const first = n.model.membership.lines[0];
  return first ? { occ: first.occ } : { file: n.file };
}

/** A node's line for server `id`, or the node's file when it has none. */
export function lineFor(n: EnsembleNode, id: string): { at: Target; message: string } {
  const d = n.model.membership.members.get(id);
  if (d) return { at: { occ: d.occ }, message: `${n.name}: server.${id}=${d.occ.value}` };
  return { at: nodeTarget(n), message: `${n.name}: no server.${id}` };
}

export function addressOf(d: ServerDecl): string {
  return d.parsed.addresses.map((a) => `${a.host}:${a.quorumPort}:${a.electionPort ?? ''}`).join('|');
}

export function ids(list: readonly string[]): string {
  return list.map((i) => `server.${i}`).join(', ');
}
