// A map from strings kept in a few smaller Maps, for maps of hundreds of thousands of
// entries on the extension host's thread. A JavaScript Map grows by building its table
// anew at twice the size in one step: the corpus index's names of a 100,000-article
// corpus (537,891) made the one Map.set that passed 524,288 entries a block of 111 ms
// of thread CPU in the editor bench's warm reopen (166-262 ms in a bare Node loop), which
// no slicing can cut. Parts of a sixteenth of the entries grow in steps a sixteenth of
// that size.
import { fnv1a } from '../text/fnv1a';

/** A power of two: the part is the key's hash masked. */
const PARTS = 16;

export class SplitMap<V> {
  private readonly parts = Array.from({ length: PARTS }, () => new Map<string, V>());

  get size(): number {
    let n = 0;
    for (const p of this.parts) n += p.size;
    return n;
  }

  get(key: string): V | undefined {
    return this.partOf(key).get(key);
  }

  set(key: string, value: V): this {
    this.partOf(key).set(key, value);
    return this;
  }

  delete(key: string): boolean {
    return this.partOf(key).delete(key);
  }

  clear(): void {
    for (const p of this.parts) p.clear();
  }

  /** The values part by part, each part in the order its keys were first set. */
  *values(): IterableIterator<V> {
    for (const p of this.parts) yield* p.values();
  }

  private partOf(key: string): Map<string, V> {
    return this.parts[fnv1a(key) & (PARTS - 1)] as Map<string, V>;
  }
}
