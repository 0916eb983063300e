import { defineRule } from '../src/rule.js';
import { majority, votersNeeded, hierarchicalSmallestBreakingSet } from '../src/model/quorum.js';
import { weightOf } from '../src/model/membership.js';

export interface FaultToleranceOptions {
  /** Server failures the ensemble must survive; the rule is inactive when unset. */
  failures?: number;
}

/** Checks a fault-tolerance target: tolerating f failures takes 2f+1 voters. */
export default defineRule<FaultToleranceOptions>({
  id: 'fault-tolerance',
  severity: 'error',
  docs: { description: 'The ensemble tolerates fewer failures than the target given with --fault-tolerance.', versions: 'all' },
  zookeeper: { effect: 'silent' },
  optionsSchema: { type: 'object', properties: { failures: { type: 'integer', minimum: 0 } }, additionalProperties: false },
  defaultOptions: {},
  check({ model, options, report }) {
    const target = options.failures;
    if (target === undefined) return;
    const m = model.membership;
    const voters = m.voters;
    const first = m.lines[0];
    const at = first ? { occ: first.occ } : { file: model.static.source.path };
    let tolerated: number;
    let detail: string;
    if (!model.distributed) {
      tolerated = 0;
      detail = 'This config runs standalone (one server), so it tolerates no failure';
    } else if (m.hierarchical) {
      const breaking = hierarchicalSmallestBreakingSet(
        voters.map((d) => ({ id: d.id as string, group: m.groupOf.get(d.id as string) ?? '?', weight: weightOf(m, d.id as string) })),
      );
      tolerated = breaking ? breaking.length - 1 : 0;
      detail = `The hierarchical quorum (groups and weights) is lost when ${breaking ? breaking.map((i) => `server.${i}`).join(', ') : 'any server'} fail, so it tolerates ${tolerated} failure${tolerated === 1 ? '' : 's'}`;
    } else {
      const f = majority(voters.length);
      tolerated = f.tolerated;
      detail = `${voters.length} voting servers tolerate ${tolerated} failure${tolerated === 1 ? '' : 's'} (a quorum is ${f.quorumSize})`;
    }
    if (tolerated >= target) return;
    report({
      at,
      message: `${detail}; tolerating ${target} needs ${votersNeeded(target)} voting servers (2f+1).`,
      hint: `Add voting servers until there are ${votersNeeded(target)}; observers do not count.`,
    });
  },
});
