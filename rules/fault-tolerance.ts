import { defineRule } from '../src/rule.js';
import { majority, votersNeeded, hierarchicalSmallestBreakingSet } from '../src/model/quorum.js';
import { weightOf } from '../src/model/membership.js';

export interface FaultToleranceOptions {
  /** Server failures the ensemble must survive; the rule is inactive when unset. */
  failures?: number;
}

type Target = { target: number };
type Hierarchical = Target & { breaking?: readonly string[]; tolerated: number };
type Majority = Target & { voters: number; tolerated: number; quorum: number };

const failures = (n: number) => `${n} failure${n === 1 ? '' : 's'}`;
const needs = ({ target }: Target) => `; tolerating ${target} needs ${votersNeeded(target)} voting servers (2f+1).`;
const HINT = ({ target }: Target) => `Add voting servers until there are ${votersNeeded(target)}; observers do not count.`;

/** Checks a fault-tolerance target: tolerating f failures takes 2f+1 voters. */
export default defineRule<FaultToleranceOptions>({
  id: 'fault-tolerance',
  severity: 'error',
  versions: 'all',
  docs: { description: 'The ensemble tolerates fewer failures than the fault-tolerance target set for it (the failures option).' },
  zookeeper: { effect: 'silent' },
  optionsSchema: { type: 'object', properties: { failures: { type: 'integer', minimum: 0 } }, additionalProperties: false },
  defaultOptions: {},
  messages: {
    standalone: (a: Target) => `This config runs standalone (one server), so it tolerates no failure${needs(a)}`,
    hierarchical: (a: Hierarchical) =>
      `The hierarchical quorum (groups and weights) is lost when ${a.breaking ? a.breaking.map((i) => `server.${i}`).join(', ') : 'any server'} fail, so it tolerates ${failures(a.tolerated)}${needs(a)}`,
    majority: (a: Majority) => `${a.voters} voting servers tolerate ${failures(a.tolerated)} (a quorum is ${a.quorum})${needs(a)}`,
  },
  hints: { standalone: HINT, hierarchical: HINT, majority: HINT },
  check({ model, options, report }) {
    const target = options.failures;
    if (target === undefined) return;
    const m = model.membership;
    const voters = m.voters;
    const first = m.lines[0];
    const at = first ? { occ: first.occ } : { file: model.static.source.path };
    if (!model.distributed) {
      if (target > 0) report({ messageId: 'standalone', args: { target } satisfies Target, at });
    } else if (m.hierarchical) {
      const breaking = hierarchicalSmallestBreakingSet(
        voters.map((d) => ({ id: d.id as string, group: m.groupOf.get(d.id as string) ?? '?', weight: weightOf(m, d.id as string) })),
      );
      const tolerated = breaking ? breaking.length - 1 : 0;
      if (tolerated < target) report({ messageId: 'hierarchical', args: { target, breaking, tolerated } satisfies Hierarchical, at });
    } else {
      const f = majority(voters.length);
      if (f.tolerated < target) {
        report({ messageId: 'majority', args: { target, voters: voters.length, tolerated: f.tolerated, quorum: f.quorumSize } satisfies Majority, at });
      }
    }
  },
});
