import { defineEnsembleRule } from '../src/rule.js';
import { oncePerPlace } from '../src/ensemble/describe.js';

/** A value zklint cannot know (a Secret, `${VAR}` from the shell): it says so instead of guessing. */
export default defineEnsembleRule({
  id: 'containers-not-checked',
  severity: 'info',
  versions: 'all',
  docs: { description: 'An env var that feeds zoo.cfg or myid has a value zklint cannot know (a Secret, ${VAR} without a value, envFrom a Secret): that part is not checked.' },
  zookeeper: { effect: 'silent' },
  messages: {
    config: ({ node, name, why }: { node: string; name: string; why: string }) => `${node}: zoo.cfg not checked: ${name} is read into it and its value is unknown here (${why}).`,
    myid: ({ node, name, why }: { node: string; name: string; why: string }) => `${node}: myid not checked: ${name} is unknown here (${why}).`,
    envFrom: ({ node, what }: { node: string; what: string }) =>
      `${node}: envFrom ${what} may set any variable the image reads (ZOO_MY_ID, ZOO_SERVERS, …) and its keys are unknown here: zoo.cfg and myid are checked as if it set none.`,
  },
  hints: {
    config: 'Give the value in the file (or in .env beside a compose file) to have it checked.',
    myid: 'Give the value in the file (or in .env beside a compose file) to have it checked.',
    envFrom: 'Set the variables that shape zoo.cfg and myid with env: in the manifest (keep only secrets in the Secret) to have them checked.',
  },
  check({ ensemble, report }) {
    const view = ensemble.containers;
    if (!view) return;
    // Replicas share their YAML: each place is said once.
    const firstTime = oncePerPlace();
    for (const n of view.nodes) {
      for (const o of n.container.opaqueEnv ?? []) {
        if (!firstTime(o.at)) continue;
        report({ messageId: 'envFrom', args: { node: n.container.workload ? `${n.container.workload.kind} ${n.container.workload.name}` : n.container.name, what: o.what }, at: { loc: o.at } });
      }
      const r = n.rendered;
      if (!r || n.container.provided) continue;
      for (const v of r.unknown) {
        if (!firstTime(v.at)) continue;
        report({ messageId: 'config', args: { node: n.container.name, name: v.name, why: v.unknown ?? 'no value' }, at: { loc: v.at } });
      }
      const m = r.myidUnknown;
      if (m && !r.unknown.includes(m) && firstTime(m.at)) {
        report({ messageId: 'myid', args: { node: n.container.name, name: m.name, why: m.unknown ?? 'no value' }, at: { loc: m.at } });
      }
    }
  },
});
