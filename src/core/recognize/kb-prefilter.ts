// A fast path in front of KbIndex.matchAt, which the recognizer calls for every
// capitalised word: a Set of every alias's first token (as written, in capitals, without
// diacritics), so that most words outside the KB cost one lookup in a small Set; ASCII
// words are hashed once, in the loop that finds them ASCII, and that hash probes the
// KB's table of first tokens and a bit table of stems before a clitic. Words that may
// start an alias always go to the full matcher: whether they match can depend on the
// words after them (longer aliases, suppressed phrases).
import type { AsciiHead, KbIndex, KbMatch } from '../kb/kb-index';
import { ASCII_HASH_MASK, asciiWordHash, firstToken, foldAccents, hasNonAscii, wordEnd } from '../kb/surface';

const CLITICS = ['lah', 'kah', 'nya', 'pun', 'tah'];

interface Tables {
  first: Set<string>;
  /** Bit table over asciiWordHash of every ASCII entry of `first` (stems before a clitic). */
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
    const stems = new Uint8Array(ASCII_HASH_MASK + 1);
    for (const w of first) if (!hasNonAscii(w)) stems[asciiWordHash(w, 0, w.length)] = 1;
    t = { first, stems };
    tables.set(kb, t);
  }
  lastKb = kb;
  lastTables = t;
  return t;
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
  for (let k = 0; k < CLITICS.length; k++) {
    const c = CLITICS[k];
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

/** What the matcher needs to know about a word before it looks at the text after it:
 *  NO_ALIAS (no alias or suppressed phrase can start with it: most words), its ASCII
 *  head (the candidate lists, looked up once), or FULL_MATCH (let the matcher look the
 *  word up itself: non-ASCII words and stems before a clitic). It depends only on the
 *  word and the KB, so a caller may keep it per distinct word. */
export type KbGate = AsciiHead | typeof NO_ALIAS | typeof FULL_MATCH;
export const NO_ALIAS = 0;
export const FULL_MATCH = 1;

export function kbGate(kb: KbIndex, word: string): KbGate {
  const t = tablesOf(kb);
  // One pass over the word: is it ASCII, its hash, and the hash of its stem before a
  // three-letter clitic (same function as asciiWordHash, unrolled into this loop).
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
    // Most words that start an alias are ASCII: the lookup that admits them also gives
    // the matcher their candidates (one probe of the KB's table per word).
    const head = kb.asciiHead(word, h & ASCII_HASH_MASK);
    if (head !== undefined) return head;
    // No alias starts with this ASCII word itself, so the matcher could only find one
    // after cutting a clitic: words whose stem slot is empty are neither (most words);
    // the rest take the same test as in mayStartAlias, without its lookups of the whole word.
    return n < 4 || t.stems[stemHash & ASCII_HASH_MASK] === 0 || !stemStartsAlias(t.first, word, false) ? NO_ALIAS : FULL_MATCH;
  }
  return mayStartAlias(t.first, word) ? FULL_MATCH : NO_ALIAS;
}

/** `matchKbAt` for a caller that has the word's gate: `end` is `wordEnd(text, pos)`,
 *  `word` is `text.slice(pos, end)` and `gate` is `kbGate(kb, word)`. */
export function matchKbGated(kb: KbIndex, text: string, pos: number, end: number, word: string, gate: KbGate): KbMatch | undefined {
  if (gate === NO_ALIAS) return undefined;
  return kb.matchWordAt(text, pos, end, word, undefined, gate === FULL_MATCH ? undefined : gate);
}

/** Same result as `kb.matchAt(text, pos)` for a `pos` that starts a word. `token`, when
 *  given, is the capitalised token starting at `pos`: when it is exactly the word there
 *  (same length; not "O'Brien" or "KOMPAS.com") it is used instead of slicing again. */
export function matchKbAt(kb: KbIndex, text: string, pos: number, token?: string): KbMatch | undefined {
  const end = wordEnd(text, pos);
  const word = token !== undefined && token.length === end - pos ? token : text.slice(pos, end);
  return matchKbGated(kb, text, pos, end, word, kbGate(kb, word));
}
