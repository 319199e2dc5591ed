// "Josephine Kollie-Dahn", "Malik Johnson-Ardiansyah", "Chen Wei-Lun": a double-barrelled
// surname (or a hyphenated given name after a Chinese surname) is written with a hyphen between
// two capitalised words after a given name, and ends the name. Elsewhere a hyphen between two
// capitalised words joins two actors: a pair of candidates named in full ("Hasan
// Umaternate-Rizal Bahtiar", the part after the hyphen going on into another word), of one
// word each ("Prabowo-Gibran", nothing before the hyphen's word), of a full name and a one-word
// name after a word that names a pair ("pasangan calon Hendra Saputra-Rudianto", "duet …",
// "paslon nomor urut 2 …": fix51b), or of places ("Rusia-Ukraina", known ones).
// compound-given-name.ts keeps the hyphen of a compound given name opening a name
// ("Jean-Pierre"); this one keeps it at the name's end (issue 13, actors51b: three dev
// articles cut such a surname at its hyphen, and the person's later mentions with it).
import { isDigit, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { adjacent, kbMatch, type Ctx } from './ctx';

/** Words before a name that make it one of a pair of candidates (an election's ticket). */
const CANDIDATE_PAIR_WORDS = new LowerWordSet(['pasangan', 'paslon', 'duet', 'calon', 'kandidat']);
/** "nomor urut 2" between the pair word and the names. */
const BALLOT_NUMBER_WORDS = new LowerWordSet(['nomor', 'no', 'urut']);

/** Tokens j - 1 and j, joined by a hyphen, end a person's name that starts at token i: a word
 *  stands before j - 1 in the name (a given name), token j is a capitalised word the KB does
 *  not know, and no word of the name follows it. */
export function hyphenatedSurnameAt(ctx: Ctx, i: number, j: number): boolean {
  const { p, ts, te, nt } = ctx;
  if (j - 1 <= i || te[j - 1] !== ts[j] - 1 || p.charCodeAt(te[j - 1]) !== 45) return false;
  if (!capitalisedWord(p, ts[j], te[j]) || !capitalisedWord(p, ts[j - 1], te[j - 1])) return false;
  // ("Hasan Umaternate-Rizal Bahtiar": the word after the hyphen opens another full name)
  if (j + 1 < nt && adjacent(ctx, j, j + 1) && p.charCodeAt(te[j]) === 32) return false;
  if (kbMatch(ctx, j) !== null) return false;
  return !afterCandidatePairWord(p, ts[i]);
}

/** A word naming a pair of candidates stands before p[start..] ("pasangan calon", "duet"),
 *  past a ballot number ("paslon nomor urut 2"). At most four words are read. */
function afterCandidatePairWord(p: string, start: number): boolean {
  let w = wordBefore(p, start);
  for (let n = 0; w !== null && n < 4; n++) {
    if (CANDIDATE_PAIR_WORDS.hasAt(p, w.start, w.end)) return true;
    if (!isDigit(p.charCodeAt(w.start)) && !BALLOT_NUMBER_WORDS.hasAt(p, w.start, w.end)) return false;
    w = wordBefore(p, w.start);
  }
  return false;
}

/** p[s, e) is a capital and lower-case letters ("Dahn", "Lun"): no acronym, no number. */
function capitalisedWord(p: string, s: number, e: number): boolean {
  const c = p.charCodeAt(s);
  if (!(c >= 65 && c <= 90) || e - s < 2) return false;
  for (let k = s + 1; k < e; k++) {
    const d = p.charCodeAt(k);
    if (d >= 65 && d <= 90) return false;
    if (d >= 48 && d <= 57) return false;
  }
  return true;
}
