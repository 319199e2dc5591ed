// A fast path in front of KbIndex.matchAt, which the recognizer calls for every
// capitalised word: a Set of every alias's first token (as written, in capitals, without
// diacritics), so that most words outside the KB cost one lookup in a small Set; ASCII
// words first meet two bit tables over a hash of their characters, which turn most of
// them away before any Map or Set lookup. Words
// that may start an alias always go to the full matcher: whether they match can depend
// on the words after them (longer aliases, suppressed phrases).
import type { KbIndex, KbMatch } from '../kb/kb-index';
import { firstToken, foldAccents, hasNonAscii, wordEnd } from '../kb/surface';

const CLITICS = ['lah', 'kah', 'nya', 'pun', 'tah'];

interface Tables {
  first: Set<string>;
  /** Bit tables over wordHash (below): of every ASCII first token KbIndex.asciiHead
   *  knows, and of every ASCII entry of `first` (stems before a clitic). */
  heads: Uint8Array;
  stems: Uint8Array;
}

const tables = new WeakMap<KbIndex, Tables>();
// The KB of the previous call: a whole text is matched against one KB, so this saves a
// WeakMap lookup per capitalised word (it keeps that one KB alive until another is used).
let lastKb: KbIndex | undefined;
let lastTables: Tables | undefined;

function tablesOf(kb: KbIndex): Tables {
  if (kb === lastKb && lastTables) return lastTables;
  let t = tables.get(kb);
  if (!t) {
    const first = new Set<string>();
    for (const e of kb.entities) {
      for (const alias of e.aliases) {
        for (const form of [alias, alias.toUpperCase()]) {
          first.add(firstToken(form));
          first.add(firstToken(foldAccents(form)));
        }
      }
    }
    const heads = new Uint8Array(HASH_MASK + 1);
    for (const w of kb.asciiFirstTokens()) heads[wordHash(w, 0, w.length)] = 1;
    const stems = new Uint8Array(HASH_MASK + 1);
    for (const w of first) if (!hasNonAscii(w)) stems[wordHash(w, 0, w.length)] = 1;
    t = { first, heads, stems };
    tables.set(kb, t);
  }
  lastKb = kb;
  lastTables = t;
  return t;
}

/** A few thousand first tokens in 2^17 slots: most other words find an empty slot. */
const HASH_MASK = (1 << 17) - 1;

/** Hash of s[from, to), masked to a table index. */
function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/** True when the word (as is, without diacritics, or without a clitic) starts an alias.
 *  No memo of misses: a lookup in the small first-token Set is cheaper than one in a
 *  large Set of every name the KB does not know. */
function mayStartAlias(first: Set<string>, word: string): boolean {
  if (first.has(word)) return true;
  const nonAscii = hasNonAscii(word);
  if (nonAscii && first.has(foldAccents(word))) return true;
  return stemStartsAlias(first, word, nonAscii);
}

/** True when the word without a clitic ("Putinlah" -> "Putin") starts an alias. */
function stemStartsAlias(first: Set<string>, word: string, nonAscii: boolean): boolean {
  const n = word.length;
  if (n < 4) return false;
  // Clitics end in h (lah, kah, tah), a (nya) or n (pun).
  const last = word.charCodeAt(n - 1) | 0x20;
  if (last !== 104 && last !== 97 && last !== 110) return false;
  for (const c of CLITICS) {
    if (!endsWithIgnoringCase(word, c)) continue;
    const stem = word.slice(0, n - c.length);
    if (first.has(stem) || (nonAscii && first.has(foldAccents(stem)))) return true;
  }
  return false;
}

/** `word` ends with the lower-case ASCII `suffix` in any letter case (no lower-cased copy). */
function endsWithIgnoringCase(word: string, suffix: string): boolean {
  const from = word.length - suffix.length;
  for (let i = 0; i < suffix.length; i++) {
    if ((word.charCodeAt(from + i) | 0x20) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}

/** Same result as `kb.matchAt(text, pos)` for a `pos` that starts a word. `token`, when
 *  given, is the capitalised token starting at `pos`: when it is exactly the word there
 *  (same length; not "O'Brien" or "KOMPAS.com") it is used instead of slicing again. */
export function matchKbAt(kb: KbIndex, text: string, pos: number, token?: string): KbMatch | undefined {
  const end = wordEnd(text, pos);
  const word = token !== undefined && token.length === end - pos ? token : text.slice(pos, end);
  const t = tablesOf(kb);
  // One pass over the word: is it ASCII, its hash, and the hash of its stem before a
  // three-letter clitic. Words whose slots are empty in both tables are neither a first
  // token nor a clitic after one: rejected without hashing into a Map (most words).
  const n = word.length;
  let h = 0;
  let stemHash = 0;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (i === n - 3) stemHash = h;
    const c = word.charCodeAt(i);
    if (c > 127) { ascii = false; break; }
    h = (Math.imul(h, 31) + c) | 0;
  }
  if (ascii) {
    if (t.heads[h & HASH_MASK] === 0 && (n < 4 || t.stems[stemHash & HASH_MASK] === 0)) return undefined;
    // Most words that start an alias are ASCII: the lookup that admits them also gives
    // the matcher their candidates (one Map lookup per such word instead of two).
    const head = kb.asciiHead(word);
    if (head !== undefined) return kb.matchWordAt(text, pos, end, word, undefined, head);
    // No alias starts with this ASCII word itself, so the matcher could only find one
    // after cutting a clitic: the same test as in mayStartAlias, without its lookups of
    // the whole word.
    if (!stemStartsAlias(t.first, word, false)) return undefined;
    return kb.matchWordAt(text, pos, end, word);
  }
  if (!mayStartAlias(t.first, word)) return undefined;
  return kb.matchWordAt(text, pos, end, word);
}
