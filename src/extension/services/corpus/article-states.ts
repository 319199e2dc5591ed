// What the corpus service knows of each indexed article's summary: the engine generation
// (the KB) it was made with, the key of the corrections it was curated with, and whether
// it came from the cache's names file (restoreFromCache) and has not yet been seen
// unchanged on disk. One map of states shared by every article in the same state,
// instead of two maps and a set: a warm reopen of 100,000 articles wrote 300,000 entries
// into them and deleted 100,000 again (restoreFromCache's own time, 437 ms of the editor
// bench's profile, was those writes). Pure: no vscode import.

/** An article's state; one object for every article in the same state, never changed. */
interface ArticleState {
  readonly generation: number;
  /** undefined: a live summary of an editor's unsaved text (no corrections key). */
  readonly correctionsKey: string | undefined;
  readonly restored: boolean;
}

export class ArticleStates {
  private readonly byId = new Map<string, ArticleState>();
  /** The states made so far, by corrections key: most articles have none (''), so a
   *  handful of objects serve the corpus. */
  private readonly shared = new Map<string | undefined, ArticleState[]>();

  generationOf(id: string): number | undefined {
    return this.byId.get(id)?.generation;
  }

  correctionsOf(id: string): string | undefined {
    return this.byId.get(id)?.correctionsKey;
  }

  /** Whether the article came from the cache's names file and was not confirmed since. */
  isRestored(id: string): boolean {
    return this.byId.get(id)?.restored === true;
  }

  /** The article's summary was made with `generation` and `correctionsKey` (undefined for
   *  a live summary); `restored` while it is the cache's, not yet seen unchanged on disk
   *  (left as it was when not given). */
  set(id: string, generation: number, correctionsKey: string | undefined, restored = this.isRestored(id)): void {
    this.byId.set(id, this.stateOf(generation, correctionsKey, restored));
  }

  /** The article was seen unchanged on disk: no longer restored. True if it was. */
  confirm(id: string): boolean {
    const s = this.byId.get(id);
    if (s?.restored !== true) return false;
    this.byId.set(id, this.stateOf(s.generation, s.correctionsKey, false));
    return true;
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  clear(): void {
    this.byId.clear();
    this.shared.clear();
  }

  private stateOf(generation: number, correctionsKey: string | undefined, restored: boolean): ArticleState {
    let known = this.shared.get(correctionsKey);
    if (known === undefined) this.shared.set(correctionsKey, (known = []));
    for (const s of known) if (s.generation === generation && s.restored === restored) return s;
    const made = Object.freeze({ generation, correctionsKey, restored });
    known.push(made);
    return made;
  }
}
