// "Dalam pernyataan yang dibacakan juru bicara Pemkab, Rina Sari, bupati menyatakan …": after
// an adjunct that opens the sentence (a channel, a time, a setting: fronted-adjunct.ts) the
// subject is the office title in lower case right before the verb, which points back to the
// holder the article named ("Bupati Sikka, X"), as a capitalised bare title does at a
// sentence start (title-subject.ts). The one named inside the adjunct reads the statement
// out or hosts the occasion; the words are the office holder's (eval/README session 46: a
// statement read on someone's behalf is the author's). The subject lookup took the reader.
import { wordAfter, wordBefore } from '../text/chars';
import { VERB_ADVERB_WORDS } from './lexicon';
import { opensFrontedAdjunct } from './fronted-adjunct';
import { OFFICE_TITLE_WORDS, incompleteTitle } from './title-subject';

/** The lower-case office title (its head, as titleSubjectAt gives it) that is the subject
 *  of the verb at `verbStart` (past up to two adverbs: "bupati juga menyatakan"), set off
 *  by a comma from an adjunct opening the sentence at `floor`; else null. */
export function titleAfterFrontedAdjunct(p: string, floor: number, verbStart: number): string | null {
  let w = wordBefore(p, verbStart, floor);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end); n++) w = wordBefore(p, w.start, floor);
  if (w === null || p.charCodeAt(w.start) < 97 || !OFFICE_TITLE_WORDS.hasAt(p, w.start, w.end) || incompleteTitle(p.slice(w.start, w.end))) return null;
  // (", bupati menyatakan": the title opens the clause after the adjunct's comma)
  if (w.start < floor + 2 || p.charCodeAt(w.start - 1) !== 32 || p.charCodeAt(w.start - 2) !== 44) return null;
  let k = floor;
  while (k < w.start && (p.charCodeAt(k) === 32 || p.charCodeAt(k) === 9)) k++;
  const first = wordAfter(p, k, w.start);
  if (first === null || first.start !== k || !opensFrontedAdjunct(p, first.start, first.end)) return null;
  return p.slice(w.start, w.end);
}
