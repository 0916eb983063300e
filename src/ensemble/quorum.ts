/**
 * Fault tolerance of a whole ensemble: which sets of servers, once lost, leave no quorum.
 * Majority or hierarchical (groups and weights) exactly as ZooKeeper's verifiers count; observers
 * never count. Exhaustive over sets of voters for ordinary sizes, by formula beyond.
 */
import type { Membership } from '../model/membership.js';
import { weightOf } from '../model/membership.js';
import { hierarchicalIsQuorum, hierarchicalSmallestBreakingSet, majority, type WeightedMember } from '../model/quorum.js';

export interface QuorumView {
  hierarchical: boolean;
  /** Voting members (participants), in id order. */
  voters: WeightedMember[];
  observers: string[];
  isQuorum(alive: ReadonlySet<string>): boolean;
}

const byId = (a: string, b: string) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);

export function quorumView(m: Membership): QuorumView {
  const voters = m.voters
    .map((d) => d.id as string)
    .sort(byId)
    .map((id) => ({ id, group: m.hierarchical ? (m.groupOf.get(id) ?? '?') : '1', weight: m.hierarchical ? weightOf(m, id) : 1n }));
  const observers = m.observers.map((d) => d.id as string).sort(byId);
  const ids = voters.map((v) => v.id);
  const isQuorum = m.hierarchical
    ? (alive: ReadonlySet<string>) => hierarchicalIsQuorum(voters, alive)
    : (alive: ReadonlySet<string>) => ids.filter((i) => alive.has(i)).length > ids.length / 2;
  return { hierarchical: m.hierarchical, voters, observers, isQuorum };
}

export interface BreakingFacts {
  /** Failures survived whatever servers fail (smallest breaking set size − 1). */
  tolerated: number;
  /** Smallest sets of voters whose loss breaks the quorum (at most `limit`, in id order). */
  smallest: string[][];
  /** Whether `smallest` lists every smallest set. */
  complete: boolean;
}

function* combinations<T>(items: readonly T[], k: number, start = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === k) {
    yield [...acc];
    return;
  }
  for (let i = start; i <= items.length - (k - acc.length); i++) {
    acc.push(items[i] as T);
    yield* combinations(items, k, i + 1, acc);
    acc.pop();
  }
}

const EXHAUSTIVE_MAX = 16;

export function breakingSets(view: QuorumView, limit = 10): BreakingFacts {
  const ids = view.voters.map((v) => v.id);
  if (ids.length === 0) return { tolerated: 0, smallest: [], complete: true };
  if (ids.length > EXHAUSTIVE_MAX) {
    const set = view.hierarchical
      ? (hierarchicalSmallestBreakingSet(view.voters) ?? ids)
      : ids.slice(0, ids.length - majority(ids.length).quorumSize + 1);
    return { tolerated: set.length - 1, smallest: [set], complete: false };
  }
  for (let k = 1; k <= ids.length; k++) {
    const found: string[][] = [];
    let complete = true;
    for (const lost of combinations(ids, k)) {
      const gone = new Set(lost);
      if (!view.isQuorum(new Set(ids.filter((i) => !gone.has(i))))) {
        if (found.length === limit) {
          complete = false;
          break;
        }
        found.push(lost);
      }
    }
    if (found.length > 0) return { tolerated: k - 1, smallest: found, complete };
  }
  return { tolerated: ids.length - 1, smallest: [ids], complete: true };
}

export interface ZoneFacts {
  zone: string;
  hosts: string[];
  /** Voters in the zone. */
  voters: string[];
  /** True when the quorum survives losing every server of the zone. */
  survives: boolean;
}

/** For each zone named in `zoneOfServer` (server id → zone), whether losing it breaks the quorum. */
export function zoneLosses(view: QuorumView, zoneOfServer: ReadonlyMap<string, string>, hostsOfZone: ReadonlyMap<string, string[]>): ZoneFacts[] {
  const zones = [...new Set(zoneOfServer.values())].sort();
  const ids = view.voters.map((v) => v.id);
  return zones.map((zone) => {
    const lost = ids.filter((i) => zoneOfServer.get(i) === zone);
    const alive = new Set(ids.filter((i) => zoneOfServer.get(i) !== zone));
    return { zone, hosts: hostsOfZone.get(zone) ?? [], voters: lost, survives: view.isQuorum(alive) };
  });
}

/** "more than half of 5 voters (3)" / "more than half the weight of more than half of 3 groups". */
export function describeQuorum(view: QuorumView): string {
  if (!view.hierarchical) {
    const f = majority(view.voters.length);
    return `${f.quorumSize} of ${view.voters.length} voters`;
  }
  const groups = new Set(view.voters.filter((v) => v.weight > 0n).map((v) => v.group));
  return `more than half the weight in ${Math.floor(groups.size / 2) + 1} of ${groups.size} groups`;
}
