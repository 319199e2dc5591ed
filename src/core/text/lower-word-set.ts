// Lexicon lookups of words read in place. The attribution rules ask, for most mentions
// and for every word around a quote, "is this word, lower-cased, a reporting verb / a
// cue / a clause stop?". Slicing and lower-casing each word to ask a Set made two
// strings per question (millions on a 20 MB text); hashing the characters where they
// stand makes none.

/** A fixed set of lower-case words. `hasAt(text, start, end)` is
 *  `set.has(text.slice(start, end).toLowerCase())`, without the two strings: most words
 *  asked about are turned away on their first letter and length alone. */
export class LowerWordSet {
  private readonly all: ReadonlySet<string>;
  /** Words of up to MAX_FAST characters by first character (ASCII) and length, at
   *  first * 32 + length. Only used when every word is ASCII (the lexicon's are). */
  private readonly byHead: (string[] | undefined)[] = new Array<string[] | undefined>(128 * 32).fill(undefined);
  private readonly fast: boolean;

  constructor(words: Iterable<string>) {
    // A word that is not its own lower case can never equal a lower-cased word.
    const kept = [...words].filter((w) => w === w.toLowerCase());
    this.all = new Set(kept);
    this.fast = kept.every((w) => isAscii(w));
    for (const w of this.all) {
      if (w.length === 0 || w.length > MAX_FAST) continue;
      const at = w.charCodeAt(0) * 32 + w.length;
      (this.byHead[at] ??= []).push(w);
    }
  }

  has(word: string): boolean {
    return this.all.has(word);
  }

  hasAt(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (!this.fast || n === 0 || n > MAX_FAST) return this.slowHasAt(text, start, end);
    let c = text.charCodeAt(start);
    if (c > 127) return this.slowHasAt(text, start, end);
    if (c >= 65 && c <= 90) c += 32;
    // Exact for a text word with non-ASCII characters too: lower-casing one either keeps
    // its length or adds a non-ASCII mark, and the words here are ASCII.
    const list = this.byHead[c * 32 + n];
    if (list === undefined) return false;
    for (let x = 0; x < list.length; x++) {
      const w = list[x];
      let q = 1;
      for (; q < n; q++) {
        let d = text.charCodeAt(start + q);
        // KELVIN SIGN lower-cases to "k": leave such words to toLowerCase().
        if (d > 127) return this.slowHasAt(text, start, end);
        if (d >= 65 && d <= 90) d += 32;
        if (d !== w.charCodeAt(q)) break;
      }
      if (q === n) return true;
    }
    return false;
  }

  private slowHasAt(text: string, start: number, end: number): boolean {
    return this.all.has(text.slice(start, end).toLowerCase());
  }
}

/** Longest word `hasAt` finds without slicing (the lexicon's longest is 14). */
const MAX_FAST = 31;

/** `text.slice(start, end).toLowerCase() === word` for a lower-case ASCII `word`. */
export function isLowerWordAt(text: string, start: number, end: number, word: string): boolean {
  // Lower-casing keeps the length of whatever becomes ASCII (KELVIN SIGN -> "k"; only
  // U+0130 changes length, and into a non-ASCII pair): a word of another length differs,
  // decided before its characters are read (most words asked about are).
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return text.slice(start, end).toLowerCase() === word;
  return equalsLowerAt(text, start, word);
}

/** ASCII text[start, start + word.length) lower-cases to the lower-case ASCII `word`
 *  (for ASCII, lower-casing is A-Z -> a-z, whatever the locale). */
function equalsLowerAt(text: string, start: number, word: string): boolean {
  for (let q = 0; q < word.length; q++) {
    let c = text.charCodeAt(start + q);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(q)) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
