// The ids of the articles that name one actor, for a name that many articles share.
// A Set of them grows by rehashing every id at once: at 100,000 articles one add took
// 20-100 ms, and an article naming twenty common names rehashed twenty sets in one go
// (the editor bench saw a 770 ms block of the extension host in CorpusIndex.apply).
// Here ids are kept in chunks of a fixed size, so adding one never copies more than a
// chunk, and removing one moves a single id (the order is of no meaning).

const CHUNK = 1024;

export class IdBag implements Iterable<string> {
  private readonly chunks: string[][] = [];
  private count = 0;

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.push(id);
  }

  get size(): number {
    return this.count;
  }

  /** The id added last: an add repeated for the same article is seen without a search. */
  get last(): string | undefined {
    const chunk = this.chunks[this.chunks.length - 1];
    return chunk?.[chunk.length - 1];
  }

  /** Adds `id`; the caller knows it is not in the bag yet. */
  push(id: string): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || chunk.length >= CHUNK) this.chunks.push((chunk = []));
    chunk.push(id);
    this.count++;
  }

  /** Removes `id` (a search: removals come one article at a time, after an edit). */
  delete(id: string): boolean {
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(id);
      if (at < 0) continue;
      const tail = this.chunks[this.chunks.length - 1] as string[];
      chunk[at] = tail[tail.length - 1] as string;
      tail.pop();
      if (tail.length === 0) this.chunks.pop();
      this.count--;
      return true;
    }
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const chunk of this.chunks) yield* chunk;
  }
}
