import { defineRule } from '../src/rule.js';
import { intSetting } from '../src/model/zk-model.js';
import { javaIntMul } from '../src/model/java-lenient.js';

/** After defaults (2×tickTime, 20×tickTime in Java int arithmetic) min must not exceed max. */
export default defineRule({
  id: 'session-timeout-order',
  severity: 'error',
  docs: { description: 'minSessionTimeout larger than maxSessionTimeout after defaults (also negative or overflowing tickTime).', versions: 'all' },
  zookeeper: { effect: 'fatal', says: 'minSessionTimeout must not be larger than maxSessionTimeout' },
  check({ model, report }) {
    const tick = intSetting(model, 'tickTime');
    const min = intSetting(model, 'minSessionTimeout');
    const max = intSetting(model, 'maxSessionTimeout');
    if ((tick.occ && !tick.parsed?.ok) || (min.occ && !min.parsed?.ok) || (max.occ && !max.parsed?.ok)) return; // invalid-integer
    const tickTime = tick.parsed?.ok ? tick.parsed.value : 3000;
    if (tickTime === 0) return; // tick-time-not-set comes first
    const minSet = min.parsed?.ok ? min.parsed.value : -1;
    const maxSet = max.parsed?.ok ? max.parsed.value : -1;
    // 3.4 compared before applying the defaults: a positive minSessionTimeout alone (max still -1) was fatal.
    const legacy = model.version === '3.4' && minSet > maxSet && maxSet === -1;
    const minV = minSet === -1 ? javaIntMul(tickTime, 2) : minSet;
    const maxV = maxSet === -1 ? javaIntMul(tickTime, 20) : maxSet;
    if (legacy && min.occ) {
      report({
        at: { occ: min.occ, part: 'value' },
        message: `minSessionTimeout=${minSet} without maxSessionTimeout: ZooKeeper 3.4 compares them before applying the default maximum (-1), so it refuses to start ("minSessionTimeout must not be larger than maxSessionTimeout"). 3.5+ accept it.`,
        hint: `Also set maxSessionTimeout (e.g. ${Math.max(minV, javaIntMul(tickTime, 20))}).`,
      });
      return;
    }
    if (minV <= maxV) return;
    const describe = (v: number, set: number, factor: number) =>
      set === -1 ? `${v} (${factor} × tickTime ${tickTime}${v !== tickTime * factor ? ', overflowing a Java int' : ''})` : `${v}`;
    const occ = min.occ ?? max.occ ?? tick.occ;
    report({
      at: occ ? { occ, part: 'value' } : { file: model.static.source.path },
      message: `minSessionTimeout ${describe(minV, minSet, 2)} is larger than maxSessionTimeout ${describe(maxV, maxSet, 20)}; ZooKeeper refuses to start.`,
      hint: tickTime < 0 ? 'tickTime must be positive, e.g. tickTime=2000.' : tickTime * 20 !== maxV && maxSet === -1 ? 'Use a tickTime below 107374183 ms, or set maxSessionTimeout explicitly.' : 'Set minSessionTimeout ≤ maxSessionTimeout (the defaults are 2 × and 20 × tickTime).',
    });
  },
});
