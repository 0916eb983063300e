/** Zones from Kubernetes topology labels: only a pod spec pinned to one zone gives its pods a zone. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContainerText } from '../../src/index.js';

const three = readFileSync(resolve(import.meta.dirname, '../../fixtures/containers/ensemble-fault-tolerance/fires-zone-holds-two-of-three/statefulsets.yaml'), 'utf8');
const zonesOf = (text: string, zones?: Record<string, string>) => {
  const r = lintContainerText('zk.yaml', text, zones ? { zones } : {});
  return Object.fromEntries([...(r.ensembles[0]?.zones ?? new Map())]);
};

describe('zones from topology labels', () => {
  it('nodeSelector and a one-zone required node affinity pin pods; every name of the pod gets the zone', () => {
    const z = zonesOf(three);
    expect(z['zka-0.zk-hs']).toBe('eu-1a');
    expect(z['zkb-0.zk-hs']).toBe('eu-1a');
    expect(z['zkc-0.zk-hs']).toBe('eu-1b');
  });
  it('never guesses: several zones, NotIn, or a preferred affinity leave the zone unknown', () => {
    const twoZones = three.replace('values: [eu-1a]', 'values: [eu-1a, eu-1c]');
    expect(zonesOf(twoZones)['zkb-0.zk-hs']).toBeUndefined();
    expect(zonesOf(three.replace('operator: In', 'operator: NotIn'))['zkb-0.zk-hs']).toBeUndefined();
    const preferred = three.replace('requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:', 'preferredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:');
    expect(zonesOf(preferred)['zkb-0.zk-hs']).toBeUndefined();
  });
  it('zones the caller gives win over the labels', () => {
    expect(zonesOf(three, { 'zkb-0.zk-hs': 'eu-1c' })['zkb-0.zk-hs']).toBe('eu-1c');
  });
});
