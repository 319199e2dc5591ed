// "Namun kepala asosiasi pimpinan petani Subang memperingatkan …": the subject is a person
// described by a role noun ("kepala", "ketua", "warga"), and the place closing the
// description only says whose or where ("petani Subang"). The subject search found the
// place as the first actor of the clause and made the regency the speaker. A place nested in
// a description headed by a role is never the speaker: the description points back to the
// person the article named with that role (the definite-description reading of session 42,
// described-person.ts), else to nobody, never to the last speaker.
// Not where the place is what the role represents: "Duta Besar Ukraina", "Juru bicara
// pemerintah Israel", "Juru bicara militer Thailand" speak for the country (a spokesperson's
// words are the country's position, find.ts), so the place must modify another noun inside
// the description ("petani Subang") that is no government of it, in a description of common
// nouns rather than a capitalised title ("Menteri Luar Negeri Kabupaten X" is the place's
// minister).
import { isSpace, isUpper, wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { connectiveEnd, descriptionHead } from '../definite-subject';
import { skipLead } from './sentences';

/** Nouns before a place that make it the body the role serves ("pemerintah Israel"). */
const GOVERNMENT_WORDS = new LowerWordSet(['pemerintah', 'pemerintahan', 'negara', 'kerajaan', 'militer', 'tentara', 'angkatan', 'kedutaan', 'kedubes',
  'kementerian', 'parlemen', 'rezim', 'otoritas', 'provinsi', 'kabupaten', 'kota']);

/** Most words from the role noun to the place ("kepala asosiasi pimpinan petani Subang": four). */
const MAX_WORDS = 6;

/** The head of the description that opens the clause after `floor` (past a connective:
 *  "Namun kepala …") and runs, without a comma, to the place starting at `placeStart`; or
 *  undefined when the clause opens otherwise. */
export function roleAroundPlace(p: string, floor: number, placeStart: number): string | undefined {
  const lead = skipLead(p, floor, placeStart);
  const afterConnective = connectiveEnd(p, lead);
  const start = afterConnective >= 0 ? afterConnective : lead;
  const first = wordAfter(p, start, placeStart);
  if (first === null || first.start !== start) return undefined;
  const head = descriptionHead(p, first);
  if (head === undefined) return undefined;
  // Words and blanks only up to the place: a comma or a mark ends the description.
  // The place right after the role ("Duta Besar Ukraina", "Warga Subang") or a government
  // noun: what the role stands for, left as it was.
  const headEnd = head.includes(' ') ? wordAfter(p, first.end, placeStart)?.end ?? first.end : first.end;
  const before = wordBefore(p, placeStart, start);
  if (before === null || before.end <= headEnd || GOVERNMENT_WORDS.hasAt(p, before.start, before.end)) return undefined;
  // "Menteri Luar Negeri Kabupaten X": a capitalised title is the office of the place (the
  // title path reads it); only a description in common nouns ("asosiasi pimpinan petani")
  // nests the place in something else.
  let lower = false;
  let words = 0;
  for (let k = first.start; k < placeStart;) {
    const w = wordAfter(p, k, placeStart);
    if (w === null) {
      while (k < placeStart && isSpace(p.charCodeAt(k))) k++;
      if (k < placeStart) return undefined;
      break;
    }
    // (a hyphen joins a word: "pemuka-pemuka")
    for (let x = k; x < w.start; x++) if (!isSpace(p.charCodeAt(x)) && p.charCodeAt(x) !== 45) return undefined;
    if (++words > MAX_WORDS) return undefined;
    if (words > 1 && !isUpper(p.charCodeAt(w.start))) lower = true;
    k = w.end;
  }
  return lower ? head : undefined;
}
