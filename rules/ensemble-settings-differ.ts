import { defineEnsembleRule } from '../src/rule.js';
import { nodeTarget } from '../src/ensemble/describe.js';
import type { EnsembleNode } from '../src/ensemble/node.js';
import { parseJavaInt } from '../src/model/java.js';
import type { Severity } from '../src/diagnostic.js';

interface Setting {
  key: string;
  kind: 'int' | 'bool';
  fallback: string;
  /** What goes wrong when nodes differ. */
  effect: string;
  severity?: Severity;
  /** Read from a system property (zoo.cfg pass-through or -D flag) instead of the file. */
  sysProp?: string;
}

const SETTINGS: Setting[] = [
  { key: 'tickTime', kind: 'int', fallback: '3000', effect: 'timeouts (initLimit, syncLimit, sessions) mean different durations on each node, so followers are dropped or wait too long' },
  { key: 'initLimit', kind: 'int', fallback: '(unset)', effect: 'the leader gives followers a different time to sync than they expect; slow followers are dropped by some leaders' },
  { key: 'syncLimit', kind: 'int', fallback: '(unset)', effect: 'the leader drops lagging followers after a different time depending on which node leads' },
  { key: 'sslQuorum', kind: 'bool', fallback: 'false', severity: 'error', effect: 'nodes with TLS and nodes without cannot talk to each other on the quorum and election ports' },
  { key: 'portUnification', kind: 'bool', fallback: 'false', effect: 'only some nodes accept both TLS and plaintext peers during a TLS rollout' },
  { key: 'quorum.auth.enableSasl', kind: 'bool', fallback: 'false', effect: 'only some nodes authenticate peers with SASL' },
  { key: 'quorum.auth.learnerRequireSasl', kind: 'bool', fallback: 'false', severity: 'error', effect: 'learners that require SASL refuse leaders that do not offer it' },
  { key: 'quorum.auth.serverRequireSasl', kind: 'bool', fallback: 'false', severity: 'error', effect: 'servers that require SASL refuse learners that do not authenticate' },
  { key: 'reconfigEnabled', kind: 'bool', fallback: 'false', effect: 'reconfig works or fails depending on which node leads, and only some nodes rewrite their config files' },
  { key: 'multiAddress.enabled', kind: 'bool', fallback: 'false', sysProp: 'zookeeper.multiAddress.enabled', effect: 'only some nodes use multiple addresses per server' },
];

function valueOf(n: EnsembleNode, s: Setting): { value: string; occ?: ReturnType<typeof n.model.static.effective.get> } {
  const occ = n.model.static.effective.get(s.key);
  const raw = s.sysProp ? (n.model.systemProps.get(s.sysProp) ?? undefined) : occ?.value;
  if (raw === undefined) return { value: s.fallback };
  let value = raw.trim().toLowerCase();
  if (s.kind === 'int') {
    const p = parseJavaInt(raw);
    value = p.ok ? String(p.value) : raw;
  }
  return occ ? { value, occ } : { value };
}

type Differs = {
  key: string;
  /** Each value, with the nodes that have it (most common first). */
  values: ReadonlyArray<{ value: string; nodes: readonly string[] }>;
  effect: string;
  /** The odd node's name and default, when it does not set the key. */
  defaulted?: { name: string; fallback: string };
};

/** Settings every member must agree on. */
export default defineEnsembleRule({
  id: 'ensemble-settings-differ',
  severity: 'warning',
  versions: 'all',
  docs: { description: 'Settings that must agree across the ensemble differ (tickTime, initLimit, syncLimit, quorum TLS/SASL, reconfigEnabled, multi-address).' },
  zookeeper: { effect: 'silent' },
  messages: {
    differs: ({ key, values, effect }: Differs) =>
      `${key} differs across the ensemble (${values.map((v) => `${v.value} on ${v.nodes.join(', ')}`).join('; ')}): ${effect}.`,
    nodeValue: ({ name, key, value }: { name: string; key: string; value: string }) => `${name}: ${key}=${value}`,
  },
  hints: {
    differs: ({ key, defaulted }: Differs) => `Set the same ${key} on every node${defaulted ? ` (${defaulted.name} uses the default ${defaulted.fallback})` : ''}.`,
  },
  check({ ensemble: e, report }) {
    const nodes = e.nodes.filter((n) => n.model.distributed);
    if (nodes.length < 2) return;
    for (const s of SETTINGS) {
      const groups = new Map<string, EnsembleNode[]>();
      const vals = new Map<EnsembleNode, ReturnType<typeof valueOf>>();
      for (const n of nodes) {
        const v = valueOf(n, s);
        vals.set(n, v);
        groups.set(v.value, [...(groups.get(v.value) ?? []), n]);
      }
      if (groups.size < 2) continue;
      const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
      const odd = sorted[sorted.length - 1]?.[1][0] as EnsembleNode;
      const oddVal = vals.get(odd);
      const where = (n: EnsembleNode) => {
        const v = vals.get(n);
        return v?.occ ? { occ: v.occ, part: 'value' as const } : nodeTarget(n);
      };
      const args: Differs = {
        key: s.key,
        values: sorted.map(([value, ns]) => ({ value, nodes: ns.map((n) => n.name) })),
        effect: s.effect,
        defaulted: oddVal?.occ ? undefined : { name: odd.name, fallback: s.fallback },
      };
      report({
        messageId: 'differs',
        args,
        at: where(odd),
        related: nodes.filter((n) => n !== odd).map((n) => ({ at: where(n), messageId: 'nodeValue', args: { name: n.name, key: s.key, value: `${vals.get(n)?.value}` } })),
        severity: s.severity,
      });
    }
  },
});
