// A cheap necessary condition for a KB match: the set of every alias's first token (as
// written, in capitals, without diacritics). Most capitalised words of a text that are
// not in the KB are rejected by one Set lookup instead of a full longest-match attempt.
import type { KbIndex } from '../kb/kb-index';
import { firstToken, foldAccents, hasNonAscii, wordEnd } from '../kb/surface';

const CLITICS = ['lah', 'kah', 'nya', 'pun', 'tah'];
const cache = new WeakMap<KbIndex, Set<string>>();

function firstTokens(kb: KbIndex): Set<string> {
  let set = cache.get(kb);
  if (!set) {
    set = new Set();
    for (const e of kb.entities) {
      for (const alias of e.aliases) {
        for (const form of [alias, alias.toUpperCase()]) {
          set.add(firstToken(form));
          set.add(firstToken(foldAccents(form)));
        }
      }
    }
    cache.set(kb, set);
  }
  return set;
}

/** False when no KB alias can start at `pos` (which starts a word). */
export function mayMatchKb(kb: KbIndex, text: string, pos: number): boolean {
  const set = firstTokens(kb);
  const end = wordEnd(text, pos);
  const word = text.slice(pos, end);
  if (set.has(word)) return true;
  const nonAscii = hasNonAscii(word);
  if (nonAscii && set.has(foldAccents(word))) return true;
  if (word.length < 4) return false;
  // Clitics end in h (lah, kah, tah), a (nya) or n (pun): skip the rest otherwise.
  const last = word.charCodeAt(word.length - 1) | 0x20;
  if (last !== 104 && last !== 97 && last !== 110) return false;
  const lower = word.toLowerCase();
  for (const c of CLITICS) {
    if (lower.endsWith(c)) {
      const stem = word.slice(0, -c.length);
      if (set.has(stem) || (nonAscii && set.has(foldAccents(stem)))) return true;
    }
  }
  return false;
}
