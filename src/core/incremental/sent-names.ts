// The names of the summaries a recognizer's worker thread makes, sent to the extension
// host once each. A summary's few dozen names went over as strings with every article:
// at 100,000 articles three million strings for the host to make from the message, look
// up in its pool (most of its time spent putting the workers' summaries in the index)
// and drop, and an array of pointers per summary that the index kept and every
// collection of the old generation went through. Now a worker numbers each name the
// first time it sends it, a reply carries the numbers and only the names new to that
// worker, and the host keeps a summary's names as numbers in its pool's table, in blocks
// of an Int32Array that many summaries share (shared-names.ts, int32-runs.ts).
//
// The host's side needs a worker's replies in the order the worker sent them (a
// NameReceiver per worker, fed as each message arrives: WorkerPool's `receive`).
import { detached, type StringPool } from './compact-summary';
import { DataBlocks, portableOneByteText } from './data-blocks';
import { Int32Runs } from './int32-runs';
import type { SharedNames } from './shared-names';
import type { ArticleSummary } from './article-summary';
import { pooledTextMetadata } from './packed-summary';

type TextMetadata = NonNullable<ArticleSummary['textMetadata']>;

/** A summary's names as a worker sends them: their numbers in the worker's order, and the
 *  names it numbered for this reply (the next numbers, in order). */
export interface SentNames {
  nameNumbers: number[];
  newNames: string[];
}

/** The worker's side: numbers each name the first time it is sent. */
export class NameSender {
  /** By a copy of its own of each name (detached): a name as the recognizer gives it is
   *  a slice of the article's text, and would keep that text alive. */
  private readonly numbers = new Map<string, number>();

  send(names: readonly string[]): SentNames {
    const nameNumbers = new Array<number>(names.length);
    const newNames: string[] = [];
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      let n = this.numbers.get(name);
      if (n === undefined) {
        n = this.numbers.size;
        this.numbers.set(detached(name), n);
        newNames.push(name);
      }
      nameNumbers[k] = n;
    }
    return { nameNumbers, newNames };
  }
}

/** The host's side of one worker: its names by the worker's numbers, and their numbers
 *  in the pool the summaries are put in. */
export class NameReceiver {
  /** By the worker's number: the name as it came, the pool's copy once numbered there. */
  private readonly strings: string[] = [];
  /** By the worker's number: its number in `table` (-1: not numbered there yet). */
  private poolNumbers = new Int32Array(0);
  /** The pool table `poolNumbers` refer to: a cleared pool starts a new one. */
  private table: readonly string[] | undefined;
  private readonly runs = new Int32Runs();
  /** The text metadata received so far, pooled, by its JSON text: one object for the
   *  articles of one outlet and date, as the cache's decoder gives them. */
  private readonly metadataByText = new Map<string, TextMetadata>();
  /** Where the worker's summaries keep their data (PackedSummary.received). */
  readonly data: DataBlocks;

  /** `oneByteText` makes a string of one-byte data (Node's Buffer.latin1Slice where
   *  there is one): DataBlocks. */
  constructor(oneByteText: (bytes: Uint8Array) => string = portableOneByteText) {
    this.data = new DataBlocks(oneByteText);
  }

  /** Takes the names a reply numbered; called with every reply of the worker, in the
   *  order the worker sent them. */
  receive(newNames: readonly string[]): void {
    for (const name of newNames) this.strings.push(name);
  }

  /** The summary's names (`nameNumbers`, the worker's) in `pool`'s table. Throws on a
   *  number the worker never sent. */
  shared(nameNumbers: readonly number[], pool: StringPool): SharedNames {
    if (this.table !== pool.table) this.startTable(pool);
    else if (this.poolNumbers.length < this.strings.length) {
      const grown = new Int32Array(Math.max(this.strings.length, 2 * this.poolNumbers.length)).fill(-1);
      grown.set(this.poolNumbers);
      this.poolNumbers = grown;
    }
    const count = nameNumbers.length;
    const at = this.runs.take(count);
    const block = this.runs.block;
    for (let k = 0; k < count; k++) {
      const n = nameNumbers[k] as number;
      if (!(n >= 0 && n < this.strings.length)) throw new Error(`a name the worker never sent: ${n}`);
      let p = this.poolNumbers[n] as number;
      if (p < 0) {
        p = pool.numberOf(this.strings[n] as string);
        this.poolNumbers[n] = p;
        // The pool's copy from now on: the one that came in the message is dropped.
        this.strings[n] = pool.table[p] as string;
      }
      block[at + k] = p;
    }
    return { table: pool.table, refs: block, at, count };
  }

  /** `m` pooled in `pool`: the object given for every summary with the same metadata.
   *  Objects no one changes (PackedSummary.restore's `textMetadata`). */
  metadata(m: TextMetadata, pool: StringPool): TextMetadata {
    if (this.table !== pool.table) this.startTable(pool);
    const text = JSON.stringify(m);
    let pooled = this.metadataByText.get(text);
    if (pooled === undefined) {
      pooled = pooledTextMetadata(m, pool);
      this.metadataByText.set(text, pooled);
    }
    return pooled;
  }

  /** Numbers and metadata of `pool`, a new pool or one cleared since the last summary. */
  private startTable(pool: StringPool): void {
    this.table = pool.table;
    this.poolNumbers = new Int32Array(Math.max(1024, this.strings.length)).fill(-1);
    this.metadataByText.clear();
  }
}
