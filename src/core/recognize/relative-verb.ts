// "Pernyataan itu menanggapi keluhan Gubernur Jawa Barat Dedi Mulyadi, yang sebelumnya
// menyebut anggaran provinsinya berkurang. “…,” ujarnya.": a reporting verb right after
// "yang" (past adverbs only between) belongs to a relative clause about the name, told as
// background; the sentence's own subject keeps the floor, and a following "ujarnya" is
// not the name's. A verb after a description in the clause ("X, yang juga Ketua Y,
// mengatakan …") is the main verb, read by attribution.ts as before.
import { wordAfter } from '../text/chars';
import { SPEECH_VERB_WORDS, VERB_ADVERB_WORDS } from './lexicon';

/** At most this many adverbs between "yang" and the verb ("yang sebelumnya juga menyebut"). */
const MAX_ADVERBS = 2;

/** The words after "yang" (ending at `from`) are up to two adverbs and a reporting verb. */
export function relativeClauseVerb(p: string, from: number): boolean {
  let w = wordAfter(p, from);
  for (let n = 0; w !== null && w.start === from + 1 && n <= MAX_ADVERBS; n++) {
    if (SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) return true;
    if (!VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) return false;
    from = w.end;
    w = wordAfter(p, from);
  }
  return false;
}
