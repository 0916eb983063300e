/**
 * Quorum math as ZooKeeper's verifiers do it. Majority (QuorumMaj): a set is a quorum when it
 * holds more than half of the voters. Hierarchical (QuorumHierarchical): when it holds more than
 * half the weight of more than half of the groups that have weight.
 */

export interface MajorityFacts {
  voters: number;
  quorumSize: number;
  /** Voters that may fail while a quorum remains. */
  tolerated: number;
}

export function majority(voters: number): MajorityFacts {
  if (voters <= 0) return { voters: 0, quorumSize: 0, tolerated: 0 };
  const quorumSize = Math.floor(voters / 2) + 1;
  return { voters, quorumSize, tolerated: voters - quorumSize };
}

/** Voters needed to tolerate `f` failures with majority quorums. */
export const votersNeeded = (f: number): number => 2 * f + 1;

export interface WeightedMember {
  id: string;
  group: string;
  weight: bigint;
}

/** True when `alive` (a set of ids) forms a hierarchical quorum. */
export function hierarchicalIsQuorum(members: readonly WeightedMember[], alive: ReadonlySet<string>): boolean {
  const total = new Map<string, bigint>();
  const got = new Map<string, bigint>();
  for (const m of members) {
    total.set(m.group, (total.get(m.group) ?? 0n) + m.weight);
    if (alive.has(m.id)) got.set(m.group, (got.get(m.group) ?? 0n) + m.weight);
  }
  let groups = 0n;
  let won = 0n;
  for (const [g, w] of total) {
    if (w === 0n) continue;
    groups++;
    if ((got.get(g) ?? 0n) > w / 2n) won++;
  }
  return groups > 0n && won > groups / 2n;
}

/**
 * The smallest set of members whose loss leaves no quorum, for hierarchical quorums.
 * Groups are independent: a group is broken once its survivors hold at most half its weight,
 * cheapest by removing its heaviest members first; the quorum is lost once enough groups break.
 */
export function hierarchicalSmallestBreakingSet(members: readonly WeightedMember[]): string[] | undefined {
  const byGroup = new Map<string, WeightedMember[]>();
  for (const m of members) {
    const list = byGroup.get(m.group) ?? [];
    list.push(m);
    byGroup.set(m.group, list);
  }
  const costs: string[][] = [];
  for (const list of byGroup.values()) {
    const w = list.reduce((s, m) => s + m.weight, 0n);
    if (w === 0n) continue;
    const sorted = [...list].sort((a, b) => (b.weight > a.weight ? 1 : b.weight < a.weight ? -1 : a.id.localeCompare(b.id)));
    let remaining = w;
    const removed: string[] = [];
    for (const m of sorted) {
      if (remaining <= w / 2n) break;
      remaining -= m.weight;
      removed.push(m.id);
    }
    costs.push(removed);
  }
  const g = costs.length;
  if (g === 0) return undefined;
  const mustBreak = g - Math.floor(g / 2);
  costs.sort((a, b) => a.length - b.length);
  return costs.slice(0, mustBreak).flat();
}
