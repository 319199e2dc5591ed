// The ids of the articles that name one actor, for a name that many articles share.
// One Set of them grows by rehashing every id at once: at 100,000 articles one add took
// 20-100 ms, and an article naming twenty common names rehashed twenty sets in one go
// (the editor bench saw a 770 ms block of the extension host in CorpusIndex.apply).
// Here the ids are kept in sets of at most CHUNK: an add rehashes one small set at most,
// and a removal asks each set (a hundred at 100,000 articles) instead of scanning ids,
// which made re-indexing a corpus quadratic (an outside review measured 116 s for
// re-putting 50,000 articles that share one name, 4 ms with a Set).
// Until the first removal the ids are one plain array: a warm reopen of 100,000 articles
// adds 3.5 million ids and removes none, and a Set add cost ten times an array push
// (IdBag.push was a tenth of the reopen's profile). The first removal sorts them into sets.
// A bag restored from the cache's names file (IdBag.atPositions) keeps the file's
// positions until it is changed: a warm reopen made 3.5 million ids into arrays that no
// view asked for (most names are never looked at), garbage once the positions were read.
// The positions are a run of a block that many bags share (int32-runs.ts), not an array
// of their own: half a million arrays at 100,000 articles.

const CHUNK = 1024;
/** The chunks of every bag not split into sets: one array, never written (toChunks gives
 *  a bag its own), instead of an empty one per bag (a warm reopen makes 100,000s). */
const NO_CHUNKS: readonly Set<string>[] = Object.freeze([]);
/** The list atPositions' bags are made with and let go of at once (never written). */
const POSITIONS_INSTEAD: string[] = [];

export class IdBag implements Iterable<string> {
  /** The ids in the order added, while none was removed; then undefined. */
  private list: string[] | undefined;
  /** Given instead of `list` by atPositions, until the bag changes: the ids as `count`
   *  positions from `atFrom` in `at`, and the id at a position (fields, not an object of
   *  them: one object less per bag). */
  private at: ArrayLike<number> | undefined;
  private atFrom = 0;
  private idAt: ((position: number) => string) | undefined;
  private chunks = NO_CHUNKS as Set<string>[];
  private count = 0;
  private lastAdded: string | undefined;

  /** An array given is kept as the bag's (not copied): the caller lets go of it. */
  constructor(ids: Iterable<string> = []) {
    this.list = Array.isArray(ids) ? (ids as string[]) : [...ids];
    this.count = this.list.length;
    this.lastAdded = this.list[this.list.length - 1];
  }

  /** The bag of the ids at the `count` positions from `from` in `at` (kept, not copied:
   *  no one writes them again), which idAt gives once asked; the same answers as a bag
   *  of those ids. */
  static atPositions(at: ArrayLike<number>, from: number, count: number, idAt: (position: number) => string): IdBag {
    // Not `new IdBag()`: its default list, an array made and dropped per bag (400,000-odd
    // bags on a warm reopen of 100,000 articles).
    const bag = new IdBag(POSITIONS_INSTEAD);
    bag.list = undefined;
    bag.at = at;
    bag.atFrom = from;
    bag.idAt = idAt;
    bag.count = count;
    bag.lastAdded = count === 0 ? undefined : idAt(at[from + count - 1] as number);
    return bag;
  }

  get size(): number {
    return this.count;
  }

  /** The id added last, while it is in the bag: an add repeated for the same article is
   *  seen without a search. */
  get last(): string | undefined {
    return this.lastAdded;
  }

  /** One of the ids (the only one, when size is 1). */
  any(): string | undefined {
    if (this.at && this.idAt) return this.count === 0 ? undefined : this.idAt(this.at[this.atFrom] as number);
    if (this.list) return this.list[0];
    for (const chunk of this.chunks) for (const id of chunk) return id;
    return undefined;
  }

  /** Adds `id`; the caller knows it is not in the bag yet. */
  push(id: string): void {
    this.resolve();
    if (this.list) this.list.push(id);
    else this.addToChunk(id);
    this.count++;
    this.lastAdded = id;
  }

  delete(id: string): boolean {
    this.resolve();
    if (this.list) this.toChunks();
    for (let k = 0; k < this.chunks.length; k++) {
      const chunk = this.chunks[k] as Set<string>;
      if (!chunk.delete(id)) continue;
      if (chunk.size === 0) this.chunks.splice(k, 1);
      this.count--;
      if (this.lastAdded === id) this.lastAdded = undefined;
      return true;
    }
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    if (this.at && this.idAt) {
      // Read, not made into a list: a view's look at a name leaves it as it was.
      const { at, atFrom, count, idAt } = this;
      for (let k = atFrom; k < atFrom + count; k++) yield idAt(at[k] as number);
    } else if (this.list) yield* this.list;
    else for (const chunk of this.chunks) yield* chunk;
  }

  /** The positions made into the ids' list, before the bag changes. */
  private resolve(): void {
    const { at, atFrom, idAt } = this;
    if (!at || !idAt) return;
    this.list = Array.from({ length: this.count }, (_, k) => idAt(at[atFrom + k] as number));
    this.at = undefined;
    this.idAt = undefined;
  }

  private addToChunk(id: string): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || chunk.size >= CHUNK) this.chunks.push((chunk = new Set()));
    chunk.add(id);
  }

  private toChunks(): void {
    const list = this.list as string[];
    this.list = undefined;
    this.chunks = [];
    for (const id of list) this.addToChunk(id);
  }
}
