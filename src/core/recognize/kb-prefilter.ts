// A fast path in front of KbIndex.matchAt, which the recognizer calls for every
// capitalised word: a Set of every alias's first token (as written, in capitals, without
// diacritics) and a memo of words that start no alias, so that most words outside the KB
// cost one lookup. Words that may start an alias always go to the full matcher: whether
// they match can depend on the words after them (longer aliases, suppressed phrases).
import type { KbIndex, KbMatch } from '../kb/kb-index';
import { firstToken, foldAccents, hasNonAscii, wordEnd } from '../kb/surface';

const CLITICS = ['lah', 'kah', 'nya', 'pun', 'tah'];
const MISS_LIMIT = 100_000;

interface Tables {
  first: Set<string>;
  misses: Set<string>;
}

const tables = new WeakMap<KbIndex, Tables>();

function tablesFor(kb: KbIndex): Tables {
  let t = tables.get(kb);
  if (!t) {
    t = { first: new Set(), misses: new Set() };
    for (const e of kb.entities) {
      for (const alias of e.aliases) {
        for (const form of [alias, alias.toUpperCase()]) {
          t.first.add(firstToken(form));
          t.first.add(firstToken(foldAccents(form)));
        }
      }
    }
    tables.set(kb, t);
  }
  return t;
}

/** True when the word (as is, without diacritics, or without a clitic) starts an alias. */
function mayStartAlias(first: Set<string>, word: string): boolean {
  if (first.has(word)) return true;
  const nonAscii = hasNonAscii(word);
  if (nonAscii && first.has(foldAccents(word))) return true;
  if (word.length < 4) return false;
  // Clitics end in h (lah, kah, tah), a (nya) or n (pun).
  const last = word.charCodeAt(word.length - 1) | 0x20;
  if (last !== 104 && last !== 97 && last !== 110) return false;
  const lower = word.toLowerCase();
  for (const c of CLITICS) {
    if (!lower.endsWith(c)) continue;
    const stem = word.slice(0, -c.length);
    if (first.has(stem) || (nonAscii && first.has(foldAccents(stem)))) return true;
  }
  return false;
}

/** Same result as `kb.matchAt(text, pos)` for a `pos` that starts a word. */
export function matchKbAt(kb: KbIndex, text: string, pos: number): KbMatch | undefined {
  const t = tablesFor(kb);
  const word = text.slice(pos, wordEnd(text, pos));
  if (t.misses.has(word)) return undefined;
  if (!mayStartAlias(t.first, word)) {
    if (t.misses.size < MISS_LIMIT) t.misses.add(word);
    return undefined;
  }
  return kb.matchAt(text, pos);
}
