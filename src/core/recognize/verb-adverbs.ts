// "Robles kembali menegaskan", "Peskov juga sempat mengatakan", "Pria itu lalu mengaku": up to
// two adverbs may stand between a subject and its reporting verb. The speaker rules that look
// for the verb after a subject (attribution.ts speechEvents and an aside's verb,
// definite-subject.ts, title-subject.ts) skip them here, so that they agree on which words
// and how many. (unknown-name.ts skips one adverb only, to type a name by the word after it.)
import { isBlank, wordAfter } from '../text/chars';
import { VERB_ADVERB_WORDS } from './lexicon';

/** How many adverbs may stand before the verb. */
const MAX_VERB_ADVERBS = 2;

/** The word `w` or, when `w` opens a run of adverbs that stand before a verb
 *  (VERB_ADVERB_WORDS, at most two), the word after them: the verb to test. Null when the
 *  text ends after an adverb, or, with `oneBlank`, when anything but one blank stands after one. */
export function verbPastAdverbs(p: string, w: { start: number; end: number }, oneBlank = false): { start: number; end: number } | null {
  let verb = w;
  for (let n = 0; n < MAX_VERB_ADVERBS && VERB_ADVERB_WORDS.hasAt(p, verb.start, verb.end); n++) {
    const after = wordAfter(p, verb.end);
    if (after === null || (oneBlank && (after.start !== verb.end + 1 || !isBlank(p.charCodeAt(verb.end))))) return null;
    verb = after;
  }
  return verb;
}
