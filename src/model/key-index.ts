/**
 * Items by a string key, the last item for a key winning: what `new Map(items.map((t) => [keyOf(t), t]))`
 * answers (same keys, same winners, keys in first-seen order), for large configs (a config's keys
 * → the occurrence Properties keeps; server ids → the line that wins). It is an open-addressing
 * table of item indices in typed arrays: on 500,000 keys a `Map` took ~400 ms and ~14 MB of tables
 * regrown at each doubling, this ~150 ms and 6 MB allocated once (test/key-index.test.ts holds the
 * two equal).
 */

/** FNV-1a over UTF-16 code units: every character counts, so keys differing anywhere spread. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class KeyIndex<T> implements ReadonlyMap<string, T> {
  /** Per slot: the index in `items` of the key's winning item, or -1. */
  private readonly slots: Int32Array;
  /** The slot of each distinct key, in the order the keys are first seen. */
  private readonly order: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(
    private readonly items: readonly T[],
    private readonly keyOf: (item: T) => string,
  ) {
    let capacity = 8;
    while (capacity < items.length * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const order = new Int32Array(items.length);
    const mask = capacity - 1;
    let size = 0;
    for (let i = 0; i < items.length; i++) {
      const key = keyOf(items[i] as T);
      let h = hashOf(key) & mask;
      for (;;) {
        const j = slots[h] as number;
        if (j < 0) {
          order[size++] = h;
          slots[h] = i;
          break;
        }
        if (keyOf(items[j] as T) === key) {
          slots[h] = i;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    this.slots = slots;
    this.order = order.subarray(0, size);
    this.mask = mask;
    this.size = size;
  }

  private find(key: string): number {
    const { slots, mask, items, keyOf } = this;
    let h = hashOf(key) & mask;
    for (;;) {
      const j = slots[h] as number;
      if (j < 0) return -1;
      if (keyOf(items[j] as T) === key) return j;
      h = (h + 1) & mask;
    }
  }

  get(key: string): T | undefined {
    if (typeof key !== 'string') return undefined;
    const j = this.find(key);
    return j < 0 ? undefined : this.items[j];
  }

  has(key: string): boolean {
    return typeof key === 'string' && this.find(key) >= 0;
  }

  /** Each distinct key's winning item, in first-seen order (made on the first iteration). */
  private list: readonly T[] | undefined;

  private winners(): readonly T[] {
    // As many keys as items: each item is its key's only one, in order (no copy).
    if (this.list === undefined && this.size === this.items.length) this.list = this.items;
    if (this.list === undefined) {
      const list: T[] = new Array(this.size);
      for (let n = 0; n < this.size; n++) list[n] = this.items[this.slots[this.order[n] as number] as number] as T;
      this.list = list;
    }
    return this.list;
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const item of this.winners()) callback.call(thisArg, item, this.keyOf(item), this);
  }

  entries(): MapIterator<[string, T]> {
    return this.winners()
      .map((item): [string, T] => [this.keyOf(item), item])
      .values();
  }

  keys(): MapIterator<string> {
    return this.winners().map(this.keyOf).values();
  }

  /** An array's iterator over the winners: V8 runs a for…of over it without an object per step. */
  values(): MapIterator<T> {
    return this.winners().values();
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'KeyIndex';
  }
}
