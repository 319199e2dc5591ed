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
import { isSpace, isUpper, isWordChar, wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { connectiveEnd, descriptionHead } from '../definite-subject';
import { skipLead } from './sentences';

/** Nouns before a place that make it the body the role serves ("pemerintah Israel"). */
const GOVERNMENT_WORDS = new LowerWordSet(['pemerintah', 'pemerintahan', 'negara', 'kerajaan', 'militer', 'tentara', 'angkatan', 'kedutaan', 'kedubes',
  'kementerian', 'parlemen', 'rezim', 'otoritas', 'provinsi', 'kabupaten', 'kota']);

/** Bodies of a state that are no government of it: "juru bicara kepolisian Jepang" speaks for
 *  the police, not for Japan (attribution.ts reads the place as no speaker after a cue). */
const STATE_BODY_WORDS = new LowerWordSet(['kepolisian', 'kejaksaan']);

/** The word right before the place starting at `placeStart` is a state body's noun ("kepolisian"). */
export function stateBodyBefore(p: string, placeStart: number, floor: number): boolean {
  const before = wordBefore(p, placeStart, floor);
  return before !== null && before.end === placeStart - 1 && STATE_BODY_WORDS.hasAt(p, before.start, before.end);
}

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

// "Seorang korban, mahasiswi berumur 22 tahun asal Maros, mengaku …", "Menurut sumber
// pertahanan AS yang diwawancarai oleh harian tersebut, …": the description opens with a
// word for someone the article does not name (an unnamed source, official or person) and
// the place in it says where that someone is from or whom they serve. The place is no
// speaker, nor is anyone named before: the gold convention gives an unnamed source's
// words no speaker. Unlike a role ("Juru bicara militer Thailand"), an unnamed source
// speaks for no government even when the place follows a government noun ("sumber
// pemerintah Israel").

/** First words of a description of someone unnamed ("salah" of "salah seorang"): an
 *  indefinite or a source. Not "pejabat": "ujar pejabat asal Kamboja itu" describes the
 *  official named before. One list for this rule and the sentence openers find.ts takes
 *  for nobody named (ANONYMOUS_OPENER_WORDS, which adds "pejabat" and group counts). */
export const UNNAMED_OPENERS: readonly string[] = ['seorang', 'sumber', 'salah', 'beberapa', 'sejumlah', 'para'];
const UNNAMED_WORDS = new LowerWordSet(UNNAMED_OPENERS);
/** Most words from the first to the place ("Seorang korban, mahasiswi berumur 22 tahun asal": seven). */
const MAX_UNNAMED_WORDS = 9;

/** The words from `from` (a cue's end, or a sentence's start: a connective is skipped) to
 *  the place starting at `placeStart` describe someone unnamed: they open with an unnamed
 *  word and hold only words, blanks, hyphens and commas (an apposition: "Seorang korban,
 *  mahasiswi … asal Maros"). */
export function placeDescribesUnnamed(p: string, from: number, placeStart: number): boolean {
  const lead = skipLead(p, from, placeStart);
  const afterConnective = connectiveEnd(p, lead);
  const start = afterConnective >= 0 ? afterConnective : lead;
  const first = wordAfter(p, start, placeStart);
  if (first === null || !UNNAMED_WORDS.hasAt(p, first.start, first.end)) return false;
  let words = 0;
  let k = first.start;
  while (k < placeStart) {
    const c = p.charCodeAt(k);
    if (isSpace(c) || c === 44 || c === 45) { k++; continue; }
    if (!isWordChar(c) || ++words > MAX_UNNAMED_WORDS) return false;
    while (k < placeStart && isWordChar(p.charCodeAt(k))) k++;
  }
  return true;
}
