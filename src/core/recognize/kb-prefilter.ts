// A fast path in front of KbIndex.matchAt, which the recognizer calls for every
// capitalised word: a Set of every alias's first token (as written, in capitals, without
// diacritics), so that most words outside the KB cost one lookup in a small Set. Words
// that may start an alias always go to the full matcher: whether they match can depend
// on the words after them (longer aliases, suppressed phrases).
import type { KbIndex, KbMatch } from '../kb/kb-index';
import { firstToken, foldAccents, hasNonAscii, wordEnd } from '../kb/surface';

const CLITICS = ['lah', 'kah', 'nya', 'pun', 'tah'];

const tables = new WeakMap<KbIndex, Set<string>>();
// The KB of the previous call: a whole text is matched against one KB, so this saves a
// WeakMap lookup per capitalised word (it keeps that one KB alive until another is used).
let lastKb: KbIndex | undefined;
let lastFirst: Set<string> | undefined;

function firstTokensOf(kb: KbIndex): Set<string> {
  if (kb === lastKb && lastFirst) return lastFirst;
  let first = tables.get(kb);
  if (!first) {
    first = new Set();
    for (const e of kb.entities) {
      for (const alias of e.aliases) {
        for (const form of [alias, alias.toUpperCase()]) {
          first.add(firstToken(form));
          first.add(firstToken(foldAccents(form)));
        }
      }
    }
    tables.set(kb, first);
  }
  lastKb = kb;
  lastFirst = first;
  return first;
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
  // Most words that start an alias are ASCII: the lookup that admits them also gives
  // the matcher their candidates (one hash lookup per such word instead of two).
  if (!hasNonAscii(word)) {
    const head = kb.asciiHead(word);
    if (head !== undefined) return kb.matchWordAt(text, pos, end, word, undefined, head);
    // No alias starts with this ASCII word itself, so the matcher could only find one
    // after cutting a clitic: the same test as in mayStartAlias, without its lookups of
    // the whole word.
    if (!stemStartsAlias(firstTokensOf(kb), word, false)) return undefined;
    return kb.matchWordAt(text, pos, end, word);
  }
  if (!mayStartAlias(firstTokensOf(kb), word)) return undefined;
  return kb.matchWordAt(text, pos, end, word);
}
