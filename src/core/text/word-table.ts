// Interns the capitalised words of a text: each distinct word is sliced, lower-cased and
// classified once, and every later occurrence finds it by a hash of its characters
// compared in place (no slice). On a 20 MB text there are ~900,000 capitalised tokens
// but only ~11,000 distinct words; the recognizer looks each token up in several Sets,
// and a shared string object keeps its hash, so those lookups stop rehashing too.

/** Slots per word at least: the table doubles before it is a quarter full, so a probe
 *  rarely meets another word's slot. */
const LOAD = 4;

/** The hash WordTable keys words by (the capitalised-token scanner computes the same
 *  while it finds a token, see capitalisedSpans). */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export class WordTable<Memo = unknown> {
  /** Distinct words, by id. */
  readonly words: string[] = [];
  private readonly lowers: (string | undefined)[] = [];
  private memos: (Memo | undefined)[] = [];
  private memoOwner: unknown;
  /** Slot -> id + 1 (0: empty), and the hash of that word: a probe compares hashes in
   *  this dense array and reads a word's characters only when its hash matches (reading
   *  the string first made most probes a cache miss). */
  private slots = new Int32Array(1 << 12);
  private slotHashes = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;

  /** `maxWords`: `reserve()` empties the table beyond this many words (for a table kept
   *  across texts, so it cannot grow without bound). */
  constructor(private readonly maxWords = Infinity) {}

  /** Empties the table when it has grown past its bound. Ids handed out before are
   *  invalid afterwards, so call it only between texts (or paragraphs). */
  reserve(): void {
    if (this.words.length <= this.maxWords) return;
    this.words.length = 0;
    this.lowers.length = 0;
    this.memos = [];
    this.slots.fill(0);
  }

  /** The id of the word text[start, end). */
  id(text: string, start: number, end: number): number {
    return this.idHashed(text, start, end, spanHash(text, start, end));
  }

  /** `id` for a caller that has the hash already: `h` must be spanHash(text, start, end). */
  idHashed(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    let slot = h & this.mask;
    for (let k = this.slots[slot]; k !== 0; k = this.slots[slot]) {
      if (this.slotHashes[slot] === h && sameChars(this.words[k - 1], text, start, len)) return k - 1;
      slot = (slot + 1) & this.mask;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end));
    this.lowers.push(undefined);
    this.slots[slot] = id + 1;
    this.slotHashes[slot] = h;
    if (this.words.length * LOAD > this.mask) this.grow();
    return id;
  }

  /** The word in lower case (computed once per distinct word). */
  lower(id: number): string {
    let w = this.lowers[id];
    if (w === undefined) {
      w = this.words[id].toLowerCase();
      this.lowers[id] = w;
    }
    return w;
  }

  /** The caller's memos, indexed by word id (undefined: none yet; the caller fills them
   *  in). They stay valid while the caller passes the same `owner` (e.g. the knowledge
   *  base they were computed with); another owner gets an empty array. */
  memosFor(owner: unknown): (Memo | undefined)[] {
    if (owner !== this.memoOwner) {
      this.memos = [];
      this.memoOwner = owner;
    }
    return this.memos;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      const w = this.words[id];
      const h = spanHash(w, 0, w.length);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
      this.slotHashes[slot] = h;
    }
  }
}

/** `w` equals text[start, start + len): a loop the JIT inlines, cheaper than a
 *  startsWith call for the short words compared here. */
function sameChars(w: string, text: string, start: number, len: number): boolean {
  if (w.length !== len) return false;
  for (let q = 0; q < len; q++) if (w.charCodeAt(q) !== text.charCodeAt(start + q)) return false;
  return true;
}
