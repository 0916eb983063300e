import { defineEnsembleRule } from '../src/rule.js';

type A = { workload: string; replicas: number; voters: number; missing: string; survives: number };

/** A workload whose replica count differs from the number of voters its pods' config lists. */
export default defineEnsembleRule({
  id: 'containers-replicas-quorum',
  severity: 'warning',
  versions: 'all',
  docs: { description: "A StatefulSet's replicas differ from the number of voting servers its config lists." },
  zookeeper: { effect: 'silent' },
  messages: {
    fewer: ({ workload, replicas, voters, missing, survives }: A) =>
      `${workload} runs ${replicas} pod${replicas === 1 ? '' : 's'} but the config lists ${voters} voters: ${missing} never run${missing.includes(',') ? '' : 's'}, yet the quorum still counts them (${Math.floor(voters / 2) + 1} of ${voters}), so the ensemble survives ${survives} pod failure${survives === 1 ? '' : 's'}.`,
    more: ({ workload, replicas, voters, missing }: A) =>
      `${workload} runs ${replicas} pods but the config lists only ${voters} servers: ${missing} ${missing.includes(',') ? 'are' : 'is'} in no server line, so ZooKeeper refuses to start there (its myid is not in the server list).`,
  },
  hints: {
    fewer: ({ voters }: A) => `Set replicas: ${voters}, or list only the servers that run.`,
    more: ({ replicas }: A) => `List ${replicas} servers in the config (one per pod), or lower replicas.`,
  },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    for (const w of view.file.workloads) {
      if (!w.replicas) continue;
      const pods = view.nodes.filter((n) => n.container.workload === w);
      const node = ensemble.nodes.find((n) => n.container !== undefined && pods.includes(n.container));
      if (!node || node.model.membership.members.size < 2) continue;
      const voters = node.model.membership.voters.map((d) => d.id as string);
      const n = w.replicas.n;
      if (n === voters.length) continue;
      // Servers may run in other workloads of the same file (one StatefulSet per zone): only a
      // listed voter that no pod of the file runs is missing.
      const running = new Set(ensemble.nodes.filter((x) => x.container !== undefined).map((x) => x.id));
      if (n < voters.length) {
        const missing = voters.filter((id) => !running.has(id));
        if (missing.length === 0) continue;
        const majority = Math.floor(voters.length / 2) + 1;
        const up = voters.length - missing.length;
        report({ messageId: 'fewer', args: { workload: `${w.kind} ${w.name}`, replicas: n, voters: voters.length, missing: missing.map((i) => `server.${i}`).join(', '), survives: Math.max(0, up - majority) }, at: { loc: w.replicas.at } });
      } else {
        const extra = pods.slice(voters.length).map((p) => p.container.name);
        report({ messageId: 'more', args: { workload: `${w.kind} ${w.name}`, replicas: n, voters: voters.length, missing: extra.join(', '), survives: 0 }, at: { loc: w.replicas.at } });
      }
    }
  },
});
