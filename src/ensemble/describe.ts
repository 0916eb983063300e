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

export function addressOf(d: ServerDecl): string {
  return d.parsed.addresses.map((a) => `${a.host}:${a.quorumPort}:${a.electionPort ?? ''}`).join('|');
}

export function ids(list: readonly string[]): string {
  return list.map((i) => `server.${i}`).join(', ');
}

/**
 * Nodes can share their YAML (replicas of one workload, one compose service), so a rule says each
 * place once: the test this returns is true the first time it is given a place (with `more`, that
 * place and that more), false every time after.
 */
export function oncePerPlace(): (at: { file: string; line: number; column: number }, more?: string) => boolean {
  const said = new Set<string>();
  return (at, more) => {
    const place = `${at.file}:${at.line}:${at.column}`;
    const key = more === undefined ? place : `${place}|${more}`;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  };
}
