import { defineRule } from '../src/rule.js';
import { parseJavaInt } from '../src/model/java.js';
import { javaIntMul } from '../src/model/java-lenient.js';

/** After defaults (2×tickTime, 20×tickTime in Java int arithmetic) min must not exceed max. */
export default defineRule({
  id: 'session-timeout-order',
  severity: 'error',
  docs: { description: 'minSessionTimeout larger than maxSessionTimeout after defaults (also negative or overflowing tickTime).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'minSessionTimeout must not be larger than maxSessionTimeout' },
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
        at: { occ, part: 'value' },
        message:
          maxSet === -1
            ? `minSessionTimeout=${minSet} without maxSessionTimeout: ZooKeeper 3.4 compares them before applying the default maximum (-1), so it refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). 3.5+ accept it.`
            : `minSessionTimeout ${minSet} is larger than maxSessionTimeout ${maxSet === -1 ? '(unset, -1)' : maxSet}; ZooKeeper 3.4 compares the values as written and refuses to start.`,
        hint: maxSet === -1 ? `Also set maxSessionTimeout (e.g. ${Math.max(minV, javaIntMul(tickTime, 20))}).` : 'Set minSessionTimeout ≤ maxSessionTimeout.',
      });
      return;
    }
    if (minV <= maxV) return;
    const describe = (v: number, set: number, factor: number) =>
      set === -1 ? `${v} (${factor} × tickTime ${tickTime}${v !== tickTime * factor ? ', overflowing a Java int' : ''})` : `${v}`;
    const occ = minOcc ?? maxOcc ?? tickOcc;
    report({
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
      message: `minSessionTimeout ${describe(minV, minSet, 2)} is larger than maxSessionTimeout ${describe(maxV, maxSet, 20)}; ZooKeeper refuses to start.`,
      hint: tickTime < 0 ? 'tickTime must be positive, e.g. tickTime=2000.' : tickTime * 20 !== maxV && maxSet === -1 ? 'Use a tickTime below 107374183 ms, or set maxSessionTimeout explicitly.' : 'Set minSessionTimeout ≤ maxSessionTimeout (the defaults are 2 × and 20 × tickTime).',
    });
  },
});
