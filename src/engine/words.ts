/**
 * The words of a finding, assembled in one place from the rule's message table: every formatter,
 * the docs generator, the editor and the playground show what this makes.
 */
import type { ZkBehaviour } from '../diagnostic.js';
import type { RuleMeta, Words, ZkBehaviourSpec } from '../rule.js';
import { describeRange, inRange } from '../model/version.js';

function say(words: Words | undefined, args: unknown): string | undefined {
  if (words === undefined) return undefined;
  return typeof words === 'string' ? words : words(args ?? {});
}

/** The text of message `messageId` of `rule` with `args`. */
export function messageText(rule: Pick<RuleMeta, 'id' | 'messages'>, messageId: string, args?: unknown): string {
  if (!Object.hasOwn(rule.messages, messageId)) throw new Error(`rule ${rule.id} has no message ${JSON.stringify(messageId)}`);
  return say(rule.messages[messageId], args) as string;
}

/** The fix in words for message `messageId`, when the rule gives one. */
export function hintText(rule: Pick<RuleMeta, 'hints'>, messageId: string, args?: unknown): string | undefined {
  const hints = rule.hints;
  if (!hints || !Object.hasOwn(hints, messageId)) return undefined;
  return say(hints[messageId], args) || undefined;
}

/** What ZooKeeper does, with its words for `version` (the first matching range of a versioned text). */
export function behaviourFor(spec: ZkBehaviourSpec, version: string): ZkBehaviour {
  const { says } = spec;
  if (says === undefined || typeof says === 'string') return says === undefined ? { effect: spec.effect } : { effect: spec.effect, says };
  for (const v of says) {
    if (inRange(version, { since: v.since, until: v.until })) return { effect: spec.effect, says: v.says };
  }
  return { effect: spec.effect };
}

/** The releases a rule applies to, in words ("all", "3.5+", "3.4 only"). */
export function versionsText(rule: Pick<RuleMeta, 'versions'>): string {
  return describeRange(rule.versions);
}
