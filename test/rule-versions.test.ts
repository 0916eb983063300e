import { describe, expect, it } from 'vitest';
import { appliesTo, inRange, parseVersionProse, ruleVersions } from '../src/rule-versions.js';
import { fileRules as rules } from '../rules/index.js';

describe('rule version ranges', () => {
  it('reads the prose of docs.versions', () => {
    expect(parseVersionProse('all')).toBe('all');
    expect(parseVersionProse('all (AdminServer: 3.5+)')).toBe('all');
    expect(parseVersionProse('3.5+')).toEqual({ since: '3.5' });
    expect(parseVersionProse('3.4.10+')).toEqual({ since: '3.4.10' });
    expect(parseVersionProse('3.4')).toEqual({ since: '3.4', until: '3.4' });
    expect(parseVersionProse('3.5–3.8')).toEqual({ since: '3.5', until: '3.8' });
  });
  it('prefers the data field over the prose', () => {
    expect(ruleVersions({ versions: { since: '3.9' }, docs: { versions: 'all' } })).toEqual({ since: '3.9' });
    expect(ruleVersions({ versions: 'all', docs: { versions: '3.5+' } })).toBe('all');
    expect(ruleVersions({ docs: { versions: '3.6+' } })).toEqual({ since: '3.6' });
  });
  it('compares release lines and exact versions', () => {
    expect(inRange({ since: '3.5' }, '3.4')).toBe(false);
    expect(inRange({ since: '3.5' }, '3.9')).toBe(true);
    expect(inRange({ since: '3.4.10' }, '3.4')).toBe(true);
    expect(inRange({ since: '3.4.10' }, '3.4.9')).toBe(false);
    expect(inRange({ since: '3.4.10' }, '3.4.13')).toBe(true);
    expect(inRange({ until: '3.8' }, '3.8.4')).toBe(true);
    expect(inRange({ until: '3.8' }, '3.9')).toBe(false);
    expect(inRange({ until: '3.9.2' }, '3.9.3')).toBe(false);
    expect(inRange({ since: '3.4', until: '3.4' }, '3.4.13')).toBe(true);
  });
  it('every built-in rule has a readable range', () => {
    for (const r of rules) expect(ruleVersions(r), r.id).toBeDefined();
    expect(rules.filter((r) => appliesTo(r, '3.4')).length).toBeGreaterThan(10);
  });
});
