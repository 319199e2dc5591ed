// "X menyebut keputusan itu sejalan dengan saran Dewan D yang menilai C": a reporting verb
// opening a relative clause ("yang" right before it, past its adverbs) on a name inside
// another statement's content qualifies that content's object; the relative clause is part
// of X's statement, not a second statement that cuts X's in two (seen in a dev article of
// session 54; the spec's nested reporting gives one statement). Only when the content before
// the inner subject shows a predicate of its own: "X mengatakan Komite K, yang menilai C,
// …" has none there, and is read as before.
import { wordBefore } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';
import { VERB_ADVERB_WORDS } from '../lexicon';
import { looksLikeClause } from './clause';

/** The verb at `at` opens a relative clause ("… K yang (juga) menyebut …") and the outer
 *  content [contentStart, subjectStart) before its subject is a clause already. */
export function relativeInsideContent(p: string, at: number, contentStart: number, subjectStart: number): boolean {
  if (subjectStart <= contentStart) return false;
  let w = wordBefore(p, at, subjectStart);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end); n++) w = wordBefore(p, w.start, subjectStart);
  if (w === null || !isLowerWordAt(p, w.start, w.end, 'yang')) return false;
  return looksLikeClause(p, contentStart, subjectStart);
}
