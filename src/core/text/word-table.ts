// Interns the capitalised words of a text: each distinct word is sliced, lower-cased and
// classified once, and every later occurrence finds it by a hash of its characters
// compared in place (no slice). On a 20 MB text there are ~900,000 capitalised tokens
// but only ~11,000 distinct words; the recognizer looks each token up in several Sets,
// and a shared string object keeps its hash, so those lookups stop rehashing too.

/** Slots per word at least: the table doubles before it is half full. A sparser table
 *  measured slower: probes are short either way, and a smaller one stays in cache. */
const LOAD = 2;
/** Int32 entries per slot: id + 1, hash, pool offset, length. */
const STRIDE = 4;

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
  /** A number per word for the caller (see memoInt), 0 until set. */
  private ints: Int32Array = new Int32Array(1 << 10);
  private memoOwner: unknown;
  // The lookup never reads the word strings: a probe touches one slot entry (id + 1, 0
  // when empty; the word's hash; where its characters start in a flat pool; their
  // count) and, when the hash matches, those characters. Reading string objects, or
  // offsets kept in arrays by id, made most probes several cache misses; it runs for
  // every capitalised token.
  private slots: Int32Array = new Int32Array(STRIDE << 12);
  private mask = (1 << 12) - 1;
  private pooled: Uint16Array = new Uint16Array(1 << 14);
  private poolEnd = 0;

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
    this.ints.fill(0);
    this.slots.fill(0);
    this.poolEnd = 0;
  }

  /** The id of the word text[start, end). */
  id(text: string, start: number, end: number): number {
    return this.idHashed(text, start, end, spanHash(text, start, end));
  }

  /** `id` for a caller that has the hash already: `h` must be spanHash(text, start, end). */
  idHashed(text: string, start: number, end: number, h: number): number {
    const n = end - start;
    const slots = this.slots;
    let e = (h & this.mask) * STRIDE;
    for (let k = slots[e]; k !== 0; k = slots[e]) {
      if (slots[e + 1] === h && slots[e + 3] === n && this.samePooled(slots[e + 2], text, start, n)) return k - 1;
      e = (e + STRIDE) & (this.mask * STRIDE + STRIDE - 1);
    }
    return this.add(text, start, end, h, e);
  }

  private samePooled(from: number, text: string, start: number, n: number): boolean {
    const pooled = this.pooled;
    for (let q = 0; q < n; q++) if (pooled[from + q] !== text.charCodeAt(start + q)) return false;
    return true;
  }

  private add(text: string, start: number, end: number, h: number, e: number): number {
    const id = this.words.length;
    const n = end - start;
    this.words.push(text.slice(start, end));
    this.lowers.push(undefined);
    if (id === this.ints.length) {
      const more = new Int32Array(id * 2);
      more.set(this.ints);
      this.ints = more;
    }
    while (this.poolEnd + n > this.pooled.length) {
      const bigger = new Uint16Array(this.pooled.length * 2);
      bigger.set(this.pooled);
      this.pooled = bigger;
    }
    for (let q = 0; q < n; q++) this.pooled[this.poolEnd + q] = text.charCodeAt(start + q);
    this.slots[e] = id + 1;
    this.slots[e + 1] = h;
    this.slots[e + 2] = this.poolEnd;
    this.slots[e + 3] = n;
    this.poolEnd += n;
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
      this.ints.fill(0);
      this.memoOwner = owner;
    }
    return this.memos;
  }

  /** The caller's number for a word (0 until set), with the lifetime of `memosFor`'s
   *  memos (call that first, with the owner). Kept in one typed array: a caller that
   *  reads one for every token (bit flags, say) then stays in cache, where an object
   *  per word reached through an array by id did not. */
  memoInt(id: number): number {
    return this.ints[id];
  }

  setMemoInt(id: number, value: number): void {
    this.ints[id] = value;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const old = this.slots;
    this.slots = new Int32Array(STRIDE * size);
    this.mask = size - 1;
    for (let s = 0; s < old.length; s += STRIDE) {
      if (old[s] === 0) continue;
      let slot = old[s + 1] & this.mask;
      while (this.slots[STRIDE * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set(old.subarray(s, s + STRIDE), STRIDE * slot);
    }
  }
}
