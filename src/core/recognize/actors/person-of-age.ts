// "Kuda itu ditunggangi Sandi, joki berusia 11 tahun.", "Warsini, perempuan berumur 61 tahun,
// …": one capitalised word, a comma, then a person's role, trade, sex or age noun with
// "berusia" / "berumur" and a number of years: the apposition gives the word an age, so it
// is that person's name, though one word alone is otherwise kept only when the article
// confirms it (issue 13: the quote after "ujar bocah kelas lima SD itu" went to the last
// person named before, a racehorse, because the jockey's one-word name was dropped).
// The noun must name a person: "Citra, kapal berusia 20 tahun" names a boat.
import { PERSON_NOUN_WORDS, SEX_AGE_NOUNS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { isDigit, isUpper, wordAfter } from '../../text/chars';

const SEX_AGE_WORDS = new LowerWordSet([...SEX_AGE_NOUNS]);
/** At most this many lower-case words between the noun and "berusia" ("joki cilik"). */
const MAX_QUALIFIERS = 2;

/** The one word ending at `end` is followed by ", <person noun> (<qualifier>…) berusia|berumur
 *  <digits> tahun". */
export function personOfAge(p: string, end: number): boolean {
  if (p.charCodeAt(end) !== 44 || p.charCodeAt(end + 1) !== 32) return false;
  let w = wordAfter(p, end + 2);
  if (w === null || w.start !== end + 2) return false;
  if (!TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) && !PERSON_NOUN_WORDS.hasAt(p, w.start, w.end) && !SEX_AGE_WORDS.hasAt(p, w.start, w.end)) return false;
  for (let k = 0; k <= MAX_QUALIFIERS; k++) {
    const next = wordAfter(p, w.end);
    if (next === null || next.start !== w.end + 1 || isUpper(p.charCodeAt(next.start))) return false;
    w = next;
    if (isLowerWordAt(p, w.start, w.end, 'berusia') || isLowerWordAt(p, w.start, w.end, 'berumur')) {
      let k2 = w.end + 1;
      const digits = k2;
      while (k2 < p.length && isDigit(p.charCodeAt(k2))) k2++;
      return k2 > digits && p.charCodeAt(w.end) === 32 && p.startsWith(' tahun', k2);
    }
  }
  return false;
}

/** An age in brackets right at `end`, after a person's name, as news gives it: " (58)",
 *  " (45 tahun)", " (45 th)". Returns where the aside ends (past ")"), or -1. The one reading
 *  of the form for every rule that passes over or relies on it. */
export function ageAsideEnd(p: string, end: number): number {
  if (p.charCodeAt(end) !== 32 || p.charCodeAt(end + 1) !== 40) return -1;
  let k = end + 2;
  while (k < end + 5 && isDigit(p.charCodeAt(k))) k++;
  if (k === end + 2) return -1;
  if (p.startsWith(' tahun', k)) k += 6;
  else if (p.startsWith(' th', k)) k += 3;
  return p.charCodeAt(k) === 41 ? k + 1 : -1;
}
