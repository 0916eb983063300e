import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { javaIntMul } from '../src/model/java-lenient.js';

/** `min`/`max`: the timeouts in words (with how a default was computed); `minSet`: minSessionTimeout as written; `suggestedMax`: a maximum to write. */
type Args = { min?: string; max?: string; minSet?: number; suggestedMax?: number };

/** After defaults (2×tickTime, 20×tickTime in Java int arithmetic) min must not exceed max. */
export default defineRule({
  id: 'session-timeout-order',
  severity: 'error',
  versions: 'all',
  docs: { description: 'minSessionTimeout larger than maxSessionTimeout after defaults (also negative or overflowing tickTime).' },
  zookeeper: { effect: 'fatal', says: 'minSessionTimeout must not be larger than maxSessionTimeout' },
  messages: {
    minWithoutMaxIn34: ({ minSet }: Args) =>
      `minSessionTimeout=${minSet} without maxSessionTimeout: ZooKeeper 3.4 compares them before applying the default maximum (-1), so it refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). 3.5+ accept it.`,
    minAboveMaxIn34: ({ minSet, max }: Args) =>
      `minSessionTimeout ${minSet} is larger than maxSessionTimeout ${max}; ZooKeeper 3.4 compares the values as written and refuses to start.`,
    // The same words; the fix depends on the cause (a negative tickTime, an overflowing default, or the two settings).
    negativeTickTime: order,
    overflowingDefault: order,
    minAboveMax: order,
  },
  hints: {
    minWithoutMaxIn34: ({ suggestedMax }: Args) => `Also set maxSessionTimeout (e.g. ${suggestedMax}).`,
    minAboveMaxIn34: 'Set minSessionTimeout ≤ maxSessionTimeout.',
    negativeTickTime: 'tickTime must be positive, e.g. tickTime=2000.',
    overflowingDefault: 'Use a tickTime below 107374183 ms, or set maxSessionTimeout explicitly.',
    minAboveMax: 'Set minSessionTimeout ≤ maxSessionTimeout (the defaults are 2 × and 20 × tickTime).',
  },
  check({ model, report }) {
    const effective = model.static.effective;
    const tickOcc = effective.get('tickTime');
    const minOcc = effective.get('minSessionTimeout');
    const maxOcc = effective.get('maxSessionTimeout');
    const tick = tickOcc ? parseJavaInt(tickOcc.value) : undefined;
    const min = minOcc ? parseJavaInt(minOcc.value) : undefined;
    const max = maxOcc ? parseJavaInt(maxOcc.value) : undefined;
    if ((tick && !tick.ok) || (min && !min.ok) || (max && !max.ok)) return; // invalid-integer
    const tickTime = tick ? tick.value : 3000;
    if (tickTime === 0) return; // tick-time-not-set comes first
    const minSet = min ? min.value : -1;
    const maxSet = max ? max.value : -1;
    const minV = minSet === -1 ? javaIntMul(tickTime, 2) : minSet;
    const maxV = maxSet === -1 ? javaIntMul(tickTime, 20) : maxSet;
    // 3.4 compares the raw values, unset being -1, and applies the tickTime defaults only later.
    if (model.version === '3.4') {
      if (minSet <= maxSet) return;
      const occ = minOcc ?? maxOcc;
      if (!occ) return;
      report({
        messageId: maxSet === -1 ? 'minWithoutMaxIn34' : 'minAboveMaxIn34',
        args: { minSet, max: String(maxSet), suggestedMax: Math.max(minV, javaIntMul(tickTime, 20)) } satisfies Args,
        at: { occ, part: 'value' },
      });
      return;
    }
    if (minV <= maxV) return;
    const describe = (v: number, set: number, factor: number) =>
      set === -1 ? `${v} (${factor} × tickTime ${tickTime}${v !== tickTime * factor ? ', overflowing a Java int' : ''})` : `${v}`;
    const occ = minOcc ?? maxOcc ?? tickOcc;
    report({
      messageId: tickTime < 0 ? 'negativeTickTime' : tickTime * 20 !== maxV && maxSet === -1 ? 'overflowingDefault' : 'minAboveMax',
      args: { min: describe(minV, minSet, 2), max: describe(maxV, maxSet, 20) } satisfies Args,
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
    });
  },
});

function order({ min, max }: Args): string {
  return `minSessionTimeout ${min} is larger than maxSessionTimeout ${max}; ZooKeeper refuses to start.`;
}
