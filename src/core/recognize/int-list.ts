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
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}
