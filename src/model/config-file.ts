/**
 * One properties file as ZooKeeper holds it: every occurrence (for positions) plus the
 * view after Properties' last-wins and ZooKeeper's key/value trimming.
 */
import { parseProperties, type ParsedProperties, type PropertyEntry } from '../load/properties.js';
import type { SourceFile } from '../load/source.js';
import { javaTrim } from './java.js';
import { KeyIndex } from './key-index.js';

/** From this many entries on, keys are indexed by a KeyIndex rather than a Map (exported for tests and membership). */
export const KEY_INDEX_FROM = 2048;

export interface Occurrence {
  file: SourceFile;
  entry: PropertyEntry;
  /** Key as ZooKeeper compares it (trimmed, case-sensitive). */
  key: string;
  /** Value as QuorumPeerConfig uses it (trimmed). Membership parsers use `entry.value` untrimmed. */
  value: string;
}

export interface ConfigFile {
  source: SourceFile;
  props: ParsedProperties;
  occurrences: Occurrence[];
  /**
   * Trimmed key → the occurrence that wins (the last one), keys in first-seen order. A `Map` (keys
   * such as `__proto__` are data), or for large configs a `KeyIndex` that answers the same.
   */
  effective: ReadonlyMap<string, Occurrence>;
  /** The values of `effective` as an array (each key's winning occurrence, keys in first-seen order): cheap to loop over. */
  winners: Occurrence[];
}

const keyOfOccurrence = (o: Occurrence) => o.key;

/**
 * An occurrence of a parsed file: its key and value are trimmed when read, which gives the entry's
 * own strings when there is nothing to trim (nearly always), so an occurrence keeps two fields, not
 * four (40 bytes, not 56: on 500,000 keys that is 8 MB of live heap).
 */
class EntryOccurrence implements Occurrence {
  constructor(
    readonly entry: PropertyEntry,
    readonly file: SourceFile,
  ) {}
  get key(): string {
    return javaTrim(this.entry.key);
  }
  get value(): string {
    return javaTrim(this.entry.value);
  }
  /** As a plain object (JSON.stringify). */
  toJSON(): Occurrence {
    return { file: this.file, entry: this.entry, key: this.key, value: this.value };
  }
}

export function buildConfigFile(source: SourceFile): ConfigFile {
  const props = parseProperties(source.text);
  const occurrences: Occurrence[] = props.entries.map((entry) => new EntryOccurrence(entry, source));
  let effective: ReadonlyMap<string, Occurrence>;
  if (occurrences.length >= KEY_INDEX_FROM) {
    effective = new KeyIndex(occurrences, keyOfOccurrence);
  } else {
    const map = new Map<string, Occurrence>();
    for (const o of occurrences) map.set(o.key, o);
    effective = map;
  }
  const winners = effective.size === occurrences.length ? occurrences : [...effective.values()];
  return { source, props, occurrences, effective, winners };
}
