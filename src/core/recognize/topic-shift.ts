// "Lain halnya dengan Siti Aminah, warga Cempaka Putih." / "“…”" or "Ia mengaku …": news
// hands the floor to a new source with a topic-shift opener and then quotes them with no
// cue or a pronoun. The name follows "dengan", which elsewhere marks a companion ("berbincang
// dengan X", companion-subject.ts) and so no subject; after such an opener it is the
// sentence's topic, the person the next quote or pronoun means. Only when the sentence
// names nobody else as its subject: "Lain halnya dengan Rahmat, Siti justru …" contrasts
// Rahmat with Siti, the subject after the comma.
import { isSpace, isUpper, wordAfter } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { connectiveEnd } from './definite-subject';

/** The opener phrases, whole, up to the name ("lain halnya dengan "), in lower case. */
const OPENER_RE = /^(?:lain halnya|lain lagi|berbeda halnya|beda halnya|begitu pula|begitu juga|demikian pula|demikian juga|sama halnya) dengan $/;

/** Words after the name's comma that open a new clause with its own subject. */
const SUBJECT_WORDS = new LowerWordSet(['ia', 'dia', 'beliau', 'mereka', 'kami', 'saya', 'aku', 'kita']);

/** The sentence starting at `sentenceStart` opens (past blanks and a connective) with a
 *  topic-shift opener right before the name [nameStart, nameEnd), and goes on after the
 *  name with its end, a relative clause ("yang …") or a lower-case apposition (", warga …"). */
export function topicShiftOpens(p: string, sentenceStart: number, nameStart: number, nameEnd: number): boolean {
  let k = sentenceStart;
  while (k < nameStart && isSpace(p.charCodeAt(k))) k++;
  const afterConnective = connectiveEnd(p, k);
  if (afterConnective >= 0) k = afterConnective;
  if (nameStart - k > 24 || !OPENER_RE.test(p.slice(k, nameStart).toLowerCase())) return false;
  const c = p.charCodeAt(nameEnd);
  if (Number.isNaN(c) || c === 46 || c === 33 || c === 10 || c === 13) return true;
  if (c === 32) {
    const next = wordAfter(p, nameEnd);
    return next !== null && next.start === nameEnd + 1 && p.slice(next.start, next.end) === 'yang';
  }
  // ", warga …": an apposition describing the name; ", Siti …" / ", ia …": a new subject.
  if (c !== 44) return false;
  const next = wordAfter(p, nameEnd + 1);
  return next !== null && next.start === nameEnd + 2 && !isUpper(p.charCodeAt(next.start)) && !SUBJECT_WORDS.hasAt(p, next.start, next.end);
}
