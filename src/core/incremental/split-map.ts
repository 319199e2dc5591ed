// A map from strings (or integers) kept in a few smaller Maps, for maps of hundreds of thousands of
// entries on the extension host's thread. A JavaScript Map grows by building its table
// anew at twice the size in one step: the corpus index's names of a 100,000-article
// corpus (537,891) made the one Map.set that passed 524,288 entries a block of 111 ms
// of thread CPU in the editor bench's warm reopen (166-262 ms in a bare Node loop), which
// no slicing can cut. Parts of a sixteenth of the entries grow in steps a sixteenth of
// that size.
import { fnv1a } from '../text/fnv1a';

/** A power of two: the part is the key's hash masked. */
const PARTS = 16;

export class SplitMap<V, K extends string | number = string> {
  private readonly parts = Array.from({ length: PARTS }, () => new Map<K, V>());

  get size(): number {
    let n = 0;
    for (const p of this.parts) n += p.size;
    return n;
  }

  get(key: K): V | undefined {
    return this.partOf(key).get(key);
  }

  set(key: K, value: V): this {
    this.partOf(key).set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.partOf(key).delete(key);
  }

  clear(): void {
    for (const p of this.parts) p.clear();
  }

  /** The values part by part, each part in the order its keys were first set. */
  *values(): IterableIterator<V> {
    for (const p of this.parts) yield* p.values();
  }

  /** The entries in the order of values(). */
  *entries(): IterableIterator<[K, V]> {
    for (const p of this.parts) yield* p.entries();
  }

  /** A number key's part is its low bits (integers: a count or a pair of ids). */
  private partOf(key: K): Map<K, V> {
    return this.parts[(typeof key === 'number' ? key : fnv1a(key)) & (PARTS - 1)] as Map<K, V>;
  }
}
