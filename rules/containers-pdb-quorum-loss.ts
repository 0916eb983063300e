import { defineEnsembleRule } from '../src/rule.js';
import { selects } from '../src/containers/model.js';

type A = { pdb: string; workload: string; allowed: number; replicas: number; setting: string; survives: number };

/** Kubernetes rounds a percentage up, for minAvailable and maxUnavailable alike. */
function count(value: string, total: number): number | undefined {
  const pct = /^(\d+)%$/.exec(value.trim());
  if (pct) return Math.ceil((total * Number(pct[1])) / 100);
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** A PodDisruptionBudget that lets voluntary disruptions (drains, upgrades) take more pods than the quorum survives. */
export default defineEnsembleRule({
  id: 'containers-pdb-quorum-loss',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'A PodDisruptionBudget allows more ZooKeeper pods down at once than the ensemble survives.' },
  zookeeper: { effect: 'silent' },
  messages: {
    loss: ({ pdb, workload, allowed, replicas, setting, survives }: A) =>
      `PodDisruptionBudget ${pdb} (${setting}) lets ${allowed} of ${workload}'s ${replicas} pods be evicted at once, but the ensemble survives only ${survives}: a node drain or cluster upgrade can take the quorum away.`,
  },
  hints: { loss: ({ survives }: A) => `Use maxUnavailable: ${Math.max(1, survives)} (or a minAvailable that keeps a majority).` },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    for (const w of view.file.workloads) {
      const n = w.replicas?.n ?? 1;
      const pods = view.nodes.filter((x) => x.container.workload === w);
      const node = ensemble.nodes.find((x) => x.container !== undefined && pods.includes(x.container));
      if (!node) continue;
      const voters = node.model.membership.voters.length || n;
      const survives = Math.floor((voters - 1) / 2);
      for (const p of view.file.pdbs) {
        if (p.namespace !== w.namespace || p.selector.other > 0 || !selects(p.selector, w.podLabels)) continue;
        const max = p.maxUnavailable ? count(p.maxUnavailable.value, n) : undefined;
        const min = p.minAvailable ? count(p.minAvailable.value, n) : undefined;
        const allowed = max ?? (min !== undefined ? Math.max(0, n - min) : undefined);
        const at = p.maxUnavailable?.at ?? p.minAvailable?.at ?? p.at;
        if (allowed === undefined || allowed <= survives) continue;
        const setting = p.maxUnavailable ? `maxUnavailable: ${p.maxUnavailable.value}` : `minAvailable: ${p.minAvailable?.value}`;
        report({ messageId: 'loss', args: { pdb: p.name, workload: `${w.kind} ${w.name}`, allowed: Math.min(allowed, n), replicas: n, setting, survives }, at: { loc: at } });
      }
    }
  },
});
