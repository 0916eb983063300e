/**
 * Which ZooKeeper versions a rule applies to. Rules are moving from prose (`docs.versions`:
 * "all", "3.5+", "3.4.10+", "3.4") to data (`versions: 'all' | { since?, until? }`, inclusive,
 * patch levels allowed); this reads the data when a rule has it and the prose otherwise, so
 * callers (tests, docs) need not care which shape a rule has today.
 */
import { inRange as inModelRange, type VersionRange } from './model/version.js';

export type { VersionRange };

interface RuleLike {
  versions?: unknown;
  docs?: { versions?: unknown };
}

const isRange = (v: unknown): v is VersionRange =>
  v === 'all' ||
  (typeof v === 'object' &&
    v !== null &&
    Object.entries(v).every(([k, x]) => (k === 'since' || k === 'until') && (x === undefined || typeof x === 'string')));

/** "3.5+" → since 3.5; "3.4" → 3.4 only; "all", "all (…)" or anything unreadable → all. */
export function parseVersionProse(prose: string): VersionRange {
  const text = prose.trim();
  const plus = /^(\d+\.\d+(?:\.\d+)?)\+/.exec(text);
  if (plus) return { since: plus[1] as string };
  const upTo = /^(?:up to|until|≤)\s*(\d+\.\d+(?:\.\d+)?)/.exec(text);
  if (upTo) return { until: upTo[1] as string };
  const span = /^(\d+\.\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+\.\d+(?:\.\d+)?)/.exec(text);
  if (span) return { since: span[1] as string, until: span[2] as string };
  const one = /^(\d+\.\d+(?:\.\d+)?)$/.exec(text);
  if (one) return { since: one[1] as string, until: one[1] as string };
  return 'all';
}

export function ruleVersions(rule: RuleLike): VersionRange {
  if (isRange(rule.versions)) return rule.versions;
  const prose = rule.docs?.versions;
  return typeof prose === 'string' ? parseVersionProse(prose) : 'all';
}

/** Whether `version` is in the range (argument order of this module; the model's `inRange` does the work). */
export function inRange(range: VersionRange, version: string): boolean {
  return inModelRange(version, range);
}

export function appliesTo(rule: RuleLike, version: string): boolean {
  return inRange(ruleVersions(rule), version);
}
