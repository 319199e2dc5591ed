// Keeps a 100,000-article index small in the extension host's heap. A summary fresh from
// the recognizer holds strings that are slices of the article's text (V8 keeps the whole
// text alive for a slice of 13 characters or more) and one copy of "Jakarta" per
// article; one decoded from the cache file holds slices of the file's text. The packed
// summary (packed-summary.ts) takes its names from a pool (one string per distinct name
// for the whole corpus) and copies its other strings out of the text they were cut from.
import { SplitMap } from './split-map';

/** Where a packed summary's names come from (PackedSummary.pack): a StringPool, or what
 *  keeps them as given (a worker's summary, copied into its reply: recognition-task.ts). */
export interface NamePool {
  intern(s: string): string;
}

/** Names (actors, speakers, types, cues, KB ids), one string each however many articles
 *  name them, each with a number: its place in `table`. Summaries from the recognizer's
 *  workers keep their names as these numbers (sent-names.ts), not as an array each.
 *  Never shrinks while it lives: the corpus index that owns it drops it with its
 *  summaries (CorpusIndex.clear), and a name is a few dozen bytes. In a SplitMap: a
 *  100,000-article corpus has over half a million, and one Map of them rebuilt its table
 *  in one step at the 524,288th (split-map.ts). */
export class StringPool implements NamePool {
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
 *  (bench/index-heap.ts). A JSON round trip makes a new flat string, and JSON.parse gives a
 *  short one (up to 10 characters) as the engine's one shared copy ("Jakarta", a KB
 *  name's): fewer objects. For a longer name String.fromCharCode of its code units makes
 *  the flat string at about half the CPU (bench/detached-copy.ts); a name too long to pass
 *  as arguments takes the round trip. */
export function detached(s: string): string {
  if (s.length === 0) return '';
  if (s.length <= SHARED_BY_JSON || s.length > MAX_CODES) return JSON.parse(JSON.stringify(s)) as string;
  // (a new array each time: one reused and cut to length was slower in the bench)
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, codes);
}
/** The longest string JSON.parse gives as the engine's shared copy (V8's
 *  kMaxInternalizedStringValueLength). */
const SHARED_BY_JSON = 10;
/** Far below the engine's bound on arguments; names are shorter still. */
const MAX_CODES = 4096;
