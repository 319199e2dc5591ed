// "Lomba bercerita menjadi mata acara …", "Kebebasan berpendapat merupakan hak …": an
// intransitive speech verb right after a noun can qualify it ("storytelling contest",
// "freedom of opinion"). These verbs never take a copula as their content's first word
// (a speaker "bercerita" a clause with a subject of its own), so a copula right after
// one is the predicate of the whole noun phrase, and the capitalised noun opening the
// sentence no speaker (spec: the writer's narration).
import { wordAfter } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';

const NOUN_QUALIFYING_SPEECH_VERBS = new LowerWordSet(['bercerita', 'berkata', 'berujar', 'bertutur', 'berucap', 'berpendapat']);
const COPULA_WORDS = new LowerWordSet(['menjadi', 'merupakan', 'adalah', 'ialah']);

/** The verb [at, verbEnd) qualifies the noun before it: one of those speech verbs with a
 *  copula as the next word. */
export function speechVerbInNounPhrase(p: string, at: number, verbEnd: number): boolean {
  if (!NOUN_QUALIFYING_SPEECH_VERBS.hasAt(p, at, verbEnd)) return false;
  const next = wordAfter(p, verbEnd);
  return next !== null && next.start === verbEnd + 1 && COPULA_WORDS.hasAt(p, next.start, next.end);
}
