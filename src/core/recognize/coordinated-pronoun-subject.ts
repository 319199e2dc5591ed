// "Ia meminta maaf kepada keluarga penumpang dan mengaku panik …": a verb coordinated after the
// sentence's first predicate shares that predicate's subject. When the sentence opens with a
// pronoun and names nobody before the coordinated verb, the pronoun is its subject, however
// many words the first predicate takes (subjectBefore's pronoun search reads three words back
// only). Used by attribution.ts for quotes and reported statements alike.
import { wordAfter, wordBefore } from '../text/chars';
import { SUBJECT_PRONOUN_WORDS } from './lexicon';
import { firstStartingAt, type LocalMention } from './mention';
import { COORDINATOR_WORDS } from './reported/joiners';
import { skipLead } from './reported/sentences';

/** How far back the sentence's opening pronoun may stand from the coordinated verb. */
const MAX_REACH = 200;

/** The opening pronoun of the sentence starting at `floor` (lower-cased) when the verb at
 *  `verbStart` follows a coordinator and no mention stands between them; else null. */
export function coordinatedPronounSubject(p: string, verbStart: number, floor: number, mentions: LocalMention[]): string | null {
  if (verbStart - floor > MAX_REACH) return null;
  const joiner = wordBefore(p, verbStart, floor);
  if (joiner === null || !COORDINATOR_WORDS.hasAt(p, joiner.start, joiner.end)) return null;
  const lead = skipLead(p, floor, verbStart);
  const first = wordAfter(p, lead, verbStart);
  if (first === null || first.start !== lead || !SUBJECT_PRONOUN_WORDS.hasAt(p, first.start, first.end)) return null;
  const mi = firstStartingAt(mentions, first.end);
  if (mi < mentions.length && mentions[mi].start < verbStart) return null;
  return p.slice(first.start, first.end).toLowerCase();
}
