// A map from strings for the corpus index's names: half a million of them at 100,000
// articles, all taken in at once on a warm reopen. A SplitMap of Maps (split-map.ts) took
// them in 441 ms of the editor bench's warm-reopen profile; in a bare Node loop, 555,000
// fresh strings went into one Map in 550-700 ms and into an open-addressing table over
// typed arrays, hash computed, in 190-310 ms (load 4-5). A table sized beforehand
// (reserve: a restore knows how many names come) is never rebuilt while it fills. As in
// SplitMap, the keys are spread over PARTS tables, so that the one that grows rebuilds a
// sixteenth of the entries at most (a few milliseconds at half a million).
//
// Each part keeps its entries in insertion order in plain arrays (a deleted one leaves a
// hole until the part is next rebuilt) and a table of slots (an entry's position plus
// one, 0 for none) probed linearly from the key's hash; a deletion shifts the probe run
// back, so no slot is ever a tombstone. Order, as a Map's: setting a key again keeps its
// place, a key deleted and set again goes last.
import { fnv1a } from '../text/fnv1a';
import { runSteps, type Steps } from './time-slices';

/** A power of two: the part is the low bits of the key's hash, the rest places it there. */
const PARTS = 16;
const PART_BITS = 4;
/** Slots per entry at least (holes included): linear probing stays short at half full. */
const SLOTS_PER_ENTRY = 2;
/** A part's slots at first (a power of two). */
const FIRST_SLOTS = 16;
/** Entries a reserved part takes beyond its share: the hash spreads the keys unevenly. */
const RESERVE_SPARE = 1.25;

export class StringTable<V> {
  private parts = Array.from({ length: PARTS }, () => new TablePart<V>());

  get size(): number {
    let n = 0;
    for (const p of this.parts) n += p.live;
    return n;
  }

  get(key: string): V | undefined {
    const h = fnv1a(key);
    return (this.parts[h & (PARTS - 1)] as TablePart<V>).get(key, h >>> PART_BITS);
  }

  set(key: string, value: V): this {
    const h = fnv1a(key);
    (this.parts[h & (PARTS - 1)] as TablePart<V>).set(key, h >>> PART_BITS, value);
    return this;
  }

  delete(key: string): boolean {
    const h = fnv1a(key);
    return (this.parts[h & (PARTS - 1)] as TablePart<V>).delete(key, h >>> PART_BITS);
  }

  clear(): void {
    this.parts = Array.from({ length: PARTS }, () => new TablePart<V>());
  }

  /** Makes room for `count` keys in all, so that filling the table to that rebuilds no
   *  part (a restore knows how many names come). */
  reserve(count: number): void {
    runSteps(this.reserveSteps(count));
  }

  /** reserve() as steps, a part each: the sixteen parts' tables for half a million keys
   *  (12 MB of zeroed Int32Arrays) made in one go were a block of 3-34 ms of the extension
   *  host in a warm reopen of 100,000 articles (median 10-22 ms at load 13). */
  *reserveSteps(count: number): Steps<void> {
    const each = Math.ceil((count / PARTS) * RESERVE_SPARE);
    for (const p of this.parts) {
      p.reserve(each);
      yield;
    }
  }

  /** The values part by part, each part in the order its keys were first set. Each part's
   *  entries are copied as the iteration reaches it (a few milliseconds at most for
   *  half a million): a key set or deleted meanwhile in a part passed is not seen, in a
   *  part ahead it is, as a Map's iteration sees it. */
  *values(): IterableIterator<V> {
    for (const p of this.parts) {
      const { keys, values } = p.copy();
      for (let e = 0; e < keys.length; e++) if (keys[e] !== undefined) yield values[e] as V;
    }
  }
}

class TablePart<V> {
  /** Entries in insertion order; a deleted one is a hole (key undefined). */
  private keys: Array<string | undefined> = [];
  private values: Array<V | undefined> = [];
  /** Each entry's hash (the key's, without the part's bits): probed and rebuilt without
   *  reading the keys' text again. As long as the entries may grow before a rebuild. */
  private hashes = new Int32Array(0);
  /** Entry position + 1 per slot, 0 when empty; a power of two long (or empty). */
  private slots = new Int32Array(0);
  live = 0;

  get(key: string, h: number): V | undefined {
    const s = this.find(key, h);
    return s < 0 ? undefined : this.values[(this.slots[s] as number) - 1];
  }

  set(key: string, h: number, value: V): void {
    const s = this.find(key, h);
    if (s >= 0) {
      this.values[(this.slots[s] as number) - 1] = value;
      return;
    }
    if (this.keys.length >= this.hashes.length) this.rebuild(this.live + 1);
    const e = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.hashes[e] = h;
    const mask = this.slots.length - 1;
    let p = h & mask;
    while (this.slots[p] !== 0) p = (p + 1) & mask;
    this.slots[p] = e + 1;
    this.live++;
  }

  delete(key: string, h: number): boolean {
    let i = this.find(key, h);
    if (i < 0) return false;
    const e = (this.slots[i] as number) - 1;
    this.keys[e] = undefined;
    this.values[e] = undefined;
    this.live--;
    // The last entry deleted is taken off, not left as a hole (a key put and taken again).
    while (this.keys.length > 0 && this.keys[this.keys.length - 1] === undefined) {
      this.keys.pop();
      this.values.pop();
    }
    // Backward shift: each entry further along the probe run that may sit in the freed
    // slot (its home is not between the freed slot and it) moves there.
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let j = (i + 1) & mask; slots[j] !== 0; j = (j + 1) & mask) {
      const s = slots[j] as number;
      const home = (this.hashes[s - 1] as number) & mask;
      const stays = i <= j ? i < home && home <= j : i < home || home <= j;
      if (stays) continue;
      slots[i] = s;
      i = j;
    }
    slots[i] = 0;
    return true;
  }

  reserve(entries: number): void {
    if (entries > this.hashes.length) this.rebuild(entries);
  }

  copy(): { keys: Array<string | undefined>; values: Array<V | undefined> } {
    return { keys: this.keys.slice(), values: this.values.slice() };
  }

  /** Slot of `key` (hash `h`), or -1. */
  private find(key: string, h: number): number {
    const slots = this.slots;
    if (slots.length === 0) return -1;
    const mask = slots.length - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const s = slots[p] as number;
      if (s === 0) return -1;
      if (this.hashes[s - 1] === h && this.keys[s - 1] === key) return p;
    }
  }

  /** The entries without holes, in their order, in tables for `entries` entries at least
   *  (twice the live ones when that is more: a part that fills keeps doubling). */
  private rebuild(entries: number): void {
    const wanted = Math.max(entries, this.live * 2);
    let size = FIRST_SLOTS;
    while (size < wanted * SLOTS_PER_ENTRY) size *= 2;
    const keys: string[] = [];
    const values: V[] = [];
    const hashes = new Int32Array(size / SLOTS_PER_ENTRY);
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.keys.length; e++) {
      const key = this.keys[e];
      if (key === undefined) continue;
      const h = this.hashes[e] as number;
      const at = keys.length;
      keys.push(key);
      values.push(this.values[e] as V);
      hashes[at] = h;
      let p = h & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = at + 1;
    }
    this.keys = keys;
    this.values = values;
    this.hashes = hashes;
    this.slots = slots;
  }
}
