// "Rencana itu disambut dingin oleh Bambang Sutrisno. Ia melatih Persiku Jaya selama tiga
// musim …" then "…,” kata mantan pelatih tersebut.": the article gave Bambang the role of
// "pelatih" by its verb ("melatih"), not by a title before his name, so the title search
// (described-person.ts) found nobody and the quote went to the salient speaker. A person
// who does what the role noun names, as the subject of its verb right after the name or
// after a pronoun or "yang" pointing back to it, holds the role like a titled one.
// The role noun and its verb share a stem: "pe" + stem is the doer of "me" + stem
// ("pelatih"/"melatih", "pemimpin"/"memimpin", "penulis"/"menulis", "pengelola"/
// "mengelola"), with a suffix on some verbs ("pendamping"/"mendampingi", "pendiri"/
// "mendirikan").
import { isWordChar, wordBefore } from '../text/chars';
import { isLowerWordAt } from '../text/lower-word-set';
import { SUBJECT_PRONOUN_WORDS, VERB_ADVERB_WORDS } from './lexicon';

/** Shortest role noun read (five letters: "pe" and a stem of three, "pelatih" has seven). */
const MIN_ROLE = 5;
const VERB_SUFFIXES = ['i', 'kan'];
/** Verbs made of a role's stem with a suffix that mean something else than doing the role:
 *  "melakukan" (to do anything: "Ipda Rudi melakukan pemeriksaan" is no "pelaku", the
 *  perpetrator) and "mengusahakan" (to arrange: no "pengusaha", a businessman). */
const OTHER_MEANING_VERBS: ReadonlySet<string> = new Set(['melakukan', 'mengusahakan']);

/** The person whose name ends at `from` does the role of the description's head
 *  `description` ("pelatih", "mantan pelatih") in [from, to): the role's verb ("melatih")
 *  right after the name (past adverbs: "sempat melatih") or after "ia"/"dia"/"beliau"/
 *  "yang" there. A head of more than one word past "mantan", or one not made with "pe-",
 *  has no such verb. */
export function doesRole(text: string, from: number, to: number, description: string): boolean {
  // ("mantan pelatih": whoever did it, the article's tense tells no more than the verb)
  const head = description.startsWith('mantan ') ? description.slice(7) : description.startsWith('eks ') ? description.slice(4) : description;
  if (head.length < MIN_ROLE || !head.startsWith('pe') || head.includes(' ')) return false;
  const stem = 'me' + head.slice(2);
  const window = text.slice(from, to).toLowerCase();
  for (let i = window.indexOf(stem); i !== -1; i = window.indexOf(stem, i + 1)) {
    if (i > 0 && isWordChar(window.charCodeAt(i - 1))) continue;
    const end = i + stem.length;
    let verbEnd = end;
    if (isWordChar(window.charCodeAt(end))) {
      const suffix = VERB_SUFFIXES.find((s) => window.startsWith(s, end) && !isWordChar(window.charCodeAt(end + s.length)));
      if (suffix === undefined) continue;
      verbEnd = end + suffix.length;
    }
    if (OTHER_MEANING_VERBS.has(window.slice(i, verbEnd))) continue;
    if (subjectIsTheName(text, from, from + i)) return true;
  }
  return false;
}

/** The verb at `at` has the name ending at `nameEnd` for its subject: right after it, or
 *  after a pronoun or "yang", past up to two adverbs. */
function subjectIsTheName(text: string, nameEnd: number, at: number): boolean {
  let left = at;
  let w = wordBefore(text, at, nameEnd);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(text, w.start, w.end); n++) {
    left = w.start;
    w = wordBefore(text, w.start, nameEnd);
  }
  if (w === null) {
    // Nothing but blanks (or a comma) between the name and the verb or its adverbs.
    for (let k = nameEnd; k < left; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 44 && c !== 0xa0) return false;
    }
    return true;
  }
  return SUBJECT_PRONOUN_WORDS.hasAt(text, w.start, w.end) || isLowerWordAt(text, w.start, w.end, 'yang');
}
