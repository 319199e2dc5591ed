// Keeps a 100,000-article index small in the extension host's heap. A summary fresh from
// the recognizer holds strings that are slices of the article's text (V8 keeps the whole
// text alive for a slice of 13 characters or more) and one copy of "Jakarta" per
// article; one decoded from the cache file holds slices of the file's text. The packed
// summary (packed-summary.ts) takes its names from a pool (one string per distinct name
// for the whole corpus) and copies its other strings out of the text they were cut from.
import { SplitMap } from './split-map';

/** Names (actors, speakers, types, cues, KB ids), one string each however many articles
 *  name them, each with a number: its place in `table`. Summaries from the recognizer's
 *  workers keep their names as these numbers (sent-names.ts), not as an array each.
 *  Never shrinks while it lives: the corpus index that owns it drops it with its
 *  summaries (CorpusIndex.clear), and a name is a few dozen bytes. In a SplitMap: a
 *  100,000-article corpus has over half a million, and one Map of them rebuilt its table
 *  in one step at the 524,288th (split-map.ts). */
export class StringPool {
  private readonly numbers = new SplitMap<number>();
  /** Made anew by clear(): summaries numbered with the old one keep it. */
  private strings: string[] = [];

  get size(): number {
    return this.strings.length;
  }

  /** The names by their numbers; it only grows until clear(), which starts another. */
  get table(): readonly string[] {
    return this.strings;
  }

  /** The pooled copy of `s`. */
  intern(s: string): string {
    return this.strings[this.numberOf(s)] as string;
  }

  /** The number of `s`, which it gets when first seen: its place in `table`. */
  numberOf(s: string): number {
    const known = this.numbers.get(s);
    if (known !== undefined) return known;
    const n = this.strings.length;
    const own = detached(s);
    this.strings.push(own);
    this.numbers.set(own, n);
    return n;
  }

  clear(): void {
    this.numbers.clear();
    this.strings = [];
  }
}

/** A copy of `s` that does not keep the string it was sliced from alive, in one heap
 *  object. V8 makes a slice of 13 characters or more a SlicedString pointing into its
 *  parent: `(' ' + s).slice(1)` kept the name and a parent one character longer, two
 *  objects for each pooled name of 13 characters or more, a third of the corpus index's
 *  objects at 100,000 articles that every old-generation collection went through
 *  (bench/index-heap.ts). JSON.parse makes every string it reads a new flat one: 0.4 µs
 *  a name in a bare Node 24 loop, against 0.13 µs for the slice, paid once per name. */
export function detached(s: string): string {
  return s.length === 0 ? '' : (JSON.parse(JSON.stringify(s)) as string);
}
