// "Rahmat, seorang petani di Desa Sukamaju, mengatakan …", "Udin merupakan salah satu nelayan
// …", "Marni adalah seorang pedagang sayur": regional news introduces a source known by one
// name with a determiner of one person ("seorang", "salah seorang", "salah satu") and a
// role, in apposition or after a copula. The introduction makes the word a person's name
// as an age in apposition does (person-of-age.ts), though one word alone is otherwise kept
// only when the article confirms it: the quotes after it went to the speaker before.
// A role noun is needed ("Senin, salah satu hari …" names a day; "Citra, seorang kapal"
// does not occur), and unknown-name.ts asks it only of a word the name model did not reject.
import { PERSON_NOUN_WORDS, SEX_AGE_NOUNS, TITLE_HEAD_WORDS } from '../lexicon';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { wordAfter } from '../../text/chars';
import { AGENT_NOUN } from './role-apposed-name';

const SEX_AGE_WORDS = new LowerWordSet([...SEX_AGE_NOUNS]);

/** The one word ending at `end` is followed by ", seorang|salah seorang|salah satu <role> …,"
 *  or " adalah|merupakan (seorang|salah seorang|salah satu) <role>". */
export function personIntroducedAsRole(p: string, end: number): boolean {
  let at: number;
  let closed = false;
  if (p.charCodeAt(end) === 44 && p.charCodeAt(end + 1) === 32) { at = end + 2; closed = true; }
  else if (p.charCodeAt(end) === 32) {
    const cop = wordAfter(p, end + 1);
    if (cop === null || cop.start !== end + 1 || p.charCodeAt(cop.end) !== 32 ||
        !(isLowerWordAt(p, cop.start, cop.end, 'adalah') || isLowerWordAt(p, cop.start, cop.end, 'merupakan'))) return false;
    at = cop.end + 1;
  } else return false;
  const role = roleAfterDeterminer(p, at);
  return role !== null && (!closed || commaCloses(p, role.end));
}

/** The longest apposition read ("seorang petani di Desa Sukamaju" and a little more). */
const MAX_APPOSITION_CHARS = 80;

/** A comma closes the apposition before the sentence ends ("Rahmat, seorang petani di Desa X,
 *  mengatakan"): a fronted adverb before a subject ("Tadi, salah seorang warga melapor.")
 *  is set off by one comma only. */
function commaCloses(p: string, from: number): boolean {
  const to = Math.min(p.length, from + MAX_APPOSITION_CHARS);
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c === 44) return true;
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 34 || c === 0x201c || c === 0x201d) return false;
  }
  return false;
}

/** The role word after "seorang", "salah seorang" or "salah satu" starting at `at`. */
function roleAfterDeterminer(p: string, at: number): { start: number; end: number } | null {
  const d = wordAfter(p, at);
  if (d === null || d.start !== at || p.charCodeAt(d.end) !== 32) return null;
  let w = wordAfter(p, d.end + 1);
  if (w === null || w.start !== d.end + 1) return null;
  if (isLowerWordAt(p, d.start, d.end, 'salah')) {
    if (!(isLowerWordAt(p, w.start, w.end, 'seorang') || isLowerWordAt(p, w.start, w.end, 'satu')) || p.charCodeAt(w.end) !== 32) return null;
    w = wordAfter(p, w.end + 1);
    if (w === null) return null;
  } else if (!isLowerWordAt(p, d.start, d.end, 'seorang')) return null;
  const c = p.charCodeAt(w.start);
  if (c < 97 || c > 122) return null; // a lower-case role noun, not a name or a place
  const isRole = PERSON_NOUN_WORDS.hasAt(p, w.start, w.end) || TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) ||
    SEX_AGE_WORDS.hasAt(p, w.start, w.end) || AGENT_NOUN.test(p.slice(w.start, w.end));
  return isRole ? w : null;
}
