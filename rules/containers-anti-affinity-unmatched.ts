import { defineEnsembleRule } from '../src/rule.js';
import { selects } from '../src/containers/model.js';

type A = { workload: string; selector: string; labels: string };

const show = (m: ReadonlyMap<string, string>) => [...m].map(([k, v]) => `${k}=${v}`).join(', ') || 'none';

/** A pod anti-affinity whose label selector matches none of the workload's own pods: it spreads nothing. */
export default defineEnsembleRule({
  id: 'containers-anti-affinity-unmatched',
  severity: 'warning',
  versions: 'all',
  docs: { description: "A ZooKeeper workload's pod anti-affinity selects no label of its own pods: replicas may all land on one node." },
  zookeeper: { effect: 'silent' },
  messages: {
    unmatched: ({ workload, selector, labels }: A) =>
      `${workload}: the pod anti-affinity selector (${selector}) matches none of its pods (labels: ${labels}), so it never keeps two ZooKeeper replicas apart: several, or all, may be scheduled on one node and fail together.`,
  },
  hints: { unmatched: ({ labels }: A) => `Select the pods' own labels in the anti-affinity term (${labels}).` },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    for (const w of view.file.workloads) {
      if ((w.replicas?.n ?? 1) < 2) continue;
      for (const t of w.antiAffinity) {
        if (t.selector.other > 0 || selects(t.selector, w.podLabels)) continue;
        const sel = [...[...t.selector.matchLabels].map(([k, v]) => `${k}=${v}`), ...[...t.selector.matchIn].map(([k, vs]) => `${k} in (${vs.join(', ')})`)].join(', ') || 'empty';
        report({ messageId: 'unmatched', args: { workload: `${w.kind} ${w.name}`, selector: sel, labels: show(w.podLabels) }, at: { loc: t.at } });
      }
    }
  },
});
