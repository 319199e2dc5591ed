// "Misi pengamat Uni Eropa yang bertugas di Ekuador meminta …": the sentence opens with a
// capitalised common word ("Misi", read as a weak name that the article pass drops) and a
// few lower-case words before a body, which a place phrase then locates ("yang berada di
// Ekuador", "di Ekuador"). The subject read before the verb was that weak word, and the
// place after "di" is no speaker: the body the phrase is about speaks (dev d262).
import { wordAfter } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { PLACE_PREPOSITION_WORDS } from '../lexicon';
import type { LocalMention } from '../mention';

/** Words of a relative clause that only locates a body ("yang berada di …"). */
const LOCATING_WORDS = new LowerWordSet(['yang', 'berada', 'bertugas', 'berkantor', 'berbasis', 'bermarkas']);

/** At most this many lower-case words between the opening word and the body ("pengamat"). */
const MAX_BETWEEN = 2;

/** The body mention a weak opening word `weak` leads to, when only up to two lower-case
 *  words stand between them and a locating phrase with a place closes the subject before the
 *  verb at `verb`; else -1. */
export function locatedBodyAfterWeakOpener(p: string, mentions: readonly LocalMention[], weak: number, verb: number): number {
  const body = weak + 1;
  if (mentions[weak].source !== 'weak' || body + 1 >= mentions.length) return -1;
  const b = mentions[body];
  if (b.type !== 'ORG' || b.source === 'weak' || !lowerWordsOnly(p, mentions[weak].end, b.start, MAX_BETWEEN)) return -1;
  const place = mentions[body + 1];
  if (place.type !== 'GPE' || place.end > verb || p.slice(place.end, verb).trim() !== '') return -1;
  // " yang berada di ", " di ": locating words, then the place preposition
  let k = b.end;
  let prep = false;
  for (let w = wordAfter(p, k, place.start); w !== null; w = wordAfter(p, w.end, place.start)) {
    if (p.slice(k, w.start).trim() !== '' || prep) return -1;
    if (PLACE_PREPOSITION_WORDS.hasAt(p, w.start, w.end)) prep = true;
    else if (!LOCATING_WORDS.hasAt(p, w.start, w.end)) return -1;
    k = w.end;
  }
  return prep ? body : -1;
}

function lowerWordsOnly(p: string, from: number, to: number, max: number): boolean {
  let n = 0;
  for (let w = wordAfter(p, from, to); w !== null; w = wordAfter(p, w.end, to)) {
    const c = p.charCodeAt(w.start);
    if (++n > max || !(c >= 97 && c <= 122) || p.slice(from, w.start).trim() !== '') return false;
    from = w.end;
  }
  return p.slice(from, to).trim() === '';
}
