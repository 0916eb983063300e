/** JVM-only and misnamed keys get their precise rule, never the generic unknown-key warning. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { JVM_ONLY_KEYS, MISNAMED_KEYS } from '../src/model/ignored-keys.js';
import { lookupKey } from '../src/model/catalogue.js';

const base = 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n';

function findings(key: string) {
  return lintText(`${base}${key}=1\n`)
    .flatMap((r) => r.diagnostics)
    .filter((d) => d.line === 4)
    .map((d) => d.ruleId);
}

describe('keys ZooKeeper never reads from zoo.cfg', () => {
  for (const key of JVM_ONLY_KEYS.keys()) {
    it(`${key}: jvm-only-key only`, () => expect(findings(key)).toEqual(['jvm-only-key']));
  }
  for (const [key, m] of MISNAMED_KEYS) {
    it(`${key}: misnamed-key only`, () => expect(findings(key)).toEqual(['misnamed-key']));
    if (m.works) it(`${key}: the suggested key ${m.works} is one ZooKeeper reads`, () => expect(lookupKey(m.works as string)).toBeDefined());
  }
});
