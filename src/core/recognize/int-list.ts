/** A growable list of 32-bit integers in a typed array. The link pass keeps several such
 *  lists (an entry per mention, paragraph or speech event of the article) until its end:
 *  in plain arrays they were copied as they grew and scanned by the garbage collector,
 *  while a typed array's memory lies outside the JS heap. Read and write `data[i]` for
 *  i < `length`; `data` is replaced when the list grows, so do not keep it across pushes. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    // (growing is a call of its own: a push this small is inlined where it is called)
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  private grow(): void {
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** Makes the list `length` entries long, growing it at once; entries past the old
   *  length hold any value until written. */
  resize(length: number): void {
    if (length > this.data.length) {
      const bigger = new Int32Array(length);
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    this.length = length;
  }
}

/** Lists kept for reuse: making a typed array costs about a microsecond (it is
 *  allocated outside the JS heap and zeroed), and the corpus index runs the link pass,
 *  with its ten lists, once per article. */
const POOL: IntList[] = [];
/** A list that grew past this many entries is not kept whole (its memory would stay
 *  taken after a huge text). */
const KEEP_CAPACITY = 1 << 16;

/** An empty list, reused when one is free. */
export function takeIntList(): IntList {
  const list = POOL.pop() ?? new IntList();
  list.length = 0;
  return list;
}

/** Gives `list` back for reuse; it must not be used afterwards. */
export function releaseIntList(list: IntList): void {
  if (list.data.length > KEEP_CAPACITY) list.data = new Int32Array(256);
  if (POOL.length < 64) POOL.push(list);
}
