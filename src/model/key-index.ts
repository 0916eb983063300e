/**
 * A config's keys → the occurrence ZooKeeper keeps for each (Properties: the last one wins), for
 * large configs. It answers as the `Map` built for small configs does (same keys, same winners,
 * keys in first-seen order), but is an open-addressing table of occurrence indices in typed arrays:
 * on 500,000 keys a `Map` took ~400 ms and ~14 MB of tables regrown at each doubling, this ~150 ms
 * and 6 MB allocated once (test/key-index.test.ts holds the two equal).
 */
import type { Occurrence } from './config-file.js';

/** FNV-1a over UTF-16 code units: every character counts, so keys differing anywhere spread. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class KeyIndex implements ReadonlyMap<string, Occurrence> {
  /** Per slot: the index in `occurrences` of the key's winning occurrence, or -1. */
  private readonly slots: Int32Array;
  /** The slot of each distinct key, in the order the keys are first seen. */
  private readonly order: Int32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(private readonly occurrences: readonly Occurrence[]) {
    let capacity = 8;
    while (capacity < occurrences.length * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const order = new Int32Array(occurrences.length);
    const mask = capacity - 1;
    let size = 0;
    for (let i = 0; i < occurrences.length; i++) {
      const key = (occurrences[i] as Occurrence).key;
      let h = hashOf(key) & mask;
      for (;;) {
        const j = slots[h] as number;
        if (j < 0) {
          order[size++] = h;
          slots[h] = i;
          break;
        }
        if ((occurrences[j] as Occurrence).key === key) {
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
    const { slots, mask, occurrences } = this;
    let h = hashOf(key) & mask;
    for (;;) {
      const j = slots[h] as number;
      if (j < 0) return -1;
      if ((occurrences[j] as Occurrence).key === key) return j;
      h = (h + 1) & mask;
    }
  }

  get(key: string): Occurrence | undefined {
    if (typeof key !== 'string') return undefined;
    const j = this.find(key);
    return j < 0 ? undefined : this.occurrences[j];
  }

  has(key: string): boolean {
    return typeof key === 'string' && this.find(key) >= 0;
  }

  /** The n-th distinct key's winning occurrence (first-seen order). */
  private winner(n: number): Occurrence {
    return this.occurrences[this.slots[this.order[n] as number] as number] as Occurrence;
  }

  forEach(callback: (value: Occurrence, key: string, map: ReadonlyMap<string, Occurrence>) => void, thisArg?: unknown): void {
    for (let n = 0; n < this.size; n++) {
      const o = this.winner(n);
      callback.call(thisArg, o, o.key, this);
    }
  }

  *entries(): MapIterator<[string, Occurrence]> {
    for (let n = 0; n < this.size; n++) {
      const o = this.winner(n);
      yield [o.key, o];
    }
  }

  *keys(): MapIterator<string> {
    for (let n = 0; n < this.size; n++) yield this.winner(n).key;
  }

  *values(): MapIterator<Occurrence> {
    for (let n = 0; n < this.size; n++) yield this.winner(n);
  }

  [Symbol.iterator](): MapIterator<[string, Occurrence]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'KeyIndex';
  }
}
