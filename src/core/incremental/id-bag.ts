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

const CHUNK = 1024;

export class IdBag implements Iterable<string> {
  /** The ids in the order added, while none was removed; then undefined. */
  private list: string[] | undefined;
  private readonly chunks: Set<string>[] = [];
  private count = 0;
  private lastAdded: string | undefined;

  /** An array given is kept as the bag's (not copied): the caller lets go of it. */
  constructor(ids: Iterable<string> = []) {
    this.list = Array.isArray(ids) ? (ids as string[]) : [...ids];
    this.count = this.list.length;
    this.lastAdded = this.list[this.list.length - 1];
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
    if (this.list) return this.list[0];
    for (const chunk of this.chunks) for (const id of chunk) return id;
    return undefined;
  }

  /** Adds `id`; the caller knows it is not in the bag yet. */
  push(id: string): void {
    if (this.list) this.list.push(id);
    else this.addToChunk(id);
    this.count++;
    this.lastAdded = id;
  }

  delete(id: string): boolean {
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
    if (this.list) yield* this.list;
    else for (const chunk of this.chunks) yield* chunk;
  }

  private addToChunk(id: string): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || chunk.size >= CHUNK) this.chunks.push((chunk = new Set()));
    chunk.add(id);
  }

  private toChunks(): void {
    const list = this.list as string[];
    this.list = undefined;
    for (const id of list) this.addToChunk(id);
  }
}
