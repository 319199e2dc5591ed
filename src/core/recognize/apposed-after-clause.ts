// "tutur juru bicara Kementerian Luar Negeri Korea Selatan, Park Minho, …": a person right after the
// comma that closes a cue's clause is named in apposition to the role before it, and speaks.
// Not when the person opens the content ("Menurut Majalah Forbes, Budi Hartono masih orang
// terkaya …": the magazine says so of him; review46): in apposition the name is closed
// (a comma, a sentence's end, a closing mark) or the person's own speech verb follows.
import { isSentenceEnd, wordAfter } from '../text/chars';
import { SPEECH_VERB_WORDS, VERB_ADVERB_WORDS } from './lexicon';
import { ageAsideEnd } from './actors/person-of-age';

/** The person whose name ends at `end` stands in apposition, or speaks, rather than opening
 *  the content: what follows the name closes it or is a speech verb. */
export function apposedNameClosed(p: string, end: number): boolean {
  // ("kata peserta termuda, Nabila (12).": past the age news gives after a source's name)
  const aged = ageAsideEnd(p, end);
  if (aged >= 0) end = aged;
  if (end >= p.length) return true;
  const c = p.charCodeAt(end);
  // , ; : ( ) and closing quotation marks, or a sentence's end
  if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201d || c === 0x2019 || c === 10 || isSentenceEnd(c)) return true;
  let w = wordAfter(p, end);
  // ("Park Minho juga mengatakan …": past an adverb)
  if (w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) w = wordAfter(p, w.end);
  return w !== null && SPEECH_VERB_WORDS.hasAt(p, w.start, w.end);
}
