/**
 * The JVM system properties a server runs with: its `-D` flags, then every zoo.cfg key the parse
 * loop does not consume, as `zookeeper.<key>` (zoo.cfg wins). Read through the config's own index
 * instead of copied into a map: a config of 500,000 unknown keys made 500,000 more strings and map
 * entries for the few properties rules look up.
 */
import type { ConfigFile, Occurrence } from './config-file.js';

const PREFIX = 'zookeeper.';
/** Configs with at most this many keys get their map made at once; larger ones are read through. */
const EAGER_UP_TO = 512;

export class SystemProperties implements ReadonlyMap<string, string> {
  #all: Map<string, string> | undefined;

  constructor(
    private readonly jvm: ReadonlyMap<string, string>,
    private readonly file: ConfigFile,
    /** Keys ZooKeeper's parse loop consumes: they never become system properties. */
    private readonly consumed: (key: string) => boolean,
    eagerUpTo = EAGER_UP_TO,
  ) {
    // An ordinary config's properties are few: one map answers the rules' ~30 lookups fastest.
    if (file.winners.length <= eagerUpTo) this.all();
  }

  /** The zoo.cfg line that sets property `name`, if one does. */
  private fromFile(name: string): Occurrence | undefined {
    if (!name.startsWith(PREFIX)) return undefined;
    const occ = this.file.effective.get(name.slice(PREFIX.length));
    return occ !== undefined && !this.consumed(occ.key) ? occ : undefined;
  }

  get(name: string): string | undefined {
    if (this.#all) return this.#all.get(name);
    return this.fromFile(name)?.value ?? this.jvm.get(name);
  }

  has(name: string): boolean {
    if (this.#all) return this.#all.has(name);
    return this.fromFile(name) !== undefined || this.jvm.has(name);
  }

  /** The properties whose name starts with `prefix`, in this map's order, without building the whole map. */
  withPrefix(prefix: string): Array<[string, string]> {
    if (this.#all || !prefix.startsWith(PREFIX)) return [...this.all()].filter(([k]) => k.startsWith(prefix));
    const out: Array<[string, string]> = [];
    for (const k of this.jvm.keys()) if (k.startsWith(prefix)) out.push([k, this.get(k) as string]);
    const rest = prefix.slice(PREFIX.length);
    for (const occ of this.file.winners) {
      if (!occ.key.startsWith(rest) || this.consumed(occ.key)) continue;
      const name = PREFIX + occ.key;
      if (!this.jvm.has(name)) out.push([name, occ.value]);
    }
    return out;
  }

  /** Every property as a map: the flags in their order, then zoo.cfg's new ones in file order. */
  private all(): Map<string, string> {
    if (this.#all) return this.#all;
    const all = new Map(this.jvm);
    for (const occ of this.file.winners) if (!this.consumed(occ.key)) all.set(PREFIX + occ.key, occ.value);
    return (this.#all = all);
  }

  get size(): number {
    return this.all().size;
  }
  entries(): MapIterator<[string, string]> {
    return this.all().entries();
  }
  keys(): MapIterator<string> {
    return this.all().keys();
  }
  values(): MapIterator<string> {
    return this.all().values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.all()[Symbol.iterator]();
  }
  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.all()) fn.call(thisArg, v, k, this);
  }
}
