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
 * An entry with nothing to trim is its own occurrence (`occ.entry === occ`): its key and value are
 * already what ZooKeeper compares and uses, and parseProperties gave it the file. One object a line,
 * not two (on 500,000 keys 20 MB of live heap less); the entries then are the occurrences, one array.
 */
function occurrencesOf(entries: readonly PropertyEntry[], source: SourceFile): Occurrence[] {
  let out: Occurrence[] | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as PropertyEntry;
    const own = (entry as Partial<Occurrence>).entry === entry && (entry as Partial<Occurrence>).file === source;
    if (own && javaTrim(entry.key) === entry.key && javaTrim(entry.value) === entry.value) {
      if (out !== undefined) out.push(entry as unknown as Occurrence);
      continue;
    }
    out ??= entries.slice(0, i) as unknown as Occurrence[];
    // Something to trim: an occurrence of its own, holding the trimmed key and value.
    out.push({ file: source, entry, key: javaTrim(entry.key), value: javaTrim(entry.value) });
  }
  return out ?? (entries as unknown as Occurrence[]);
}

export function buildConfigFile(source: SourceFile): ConfigFile {
  const props = parseProperties(source.text, source);
  const occurrences = occurrencesOf(props.entries, source);
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
