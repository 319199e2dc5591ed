// "X menyebut gol itu hasil latihan bola mati", "X menilai kebijakan tersebut keliru",
// "X mengakui kondisi ini belum ideal": a short noun phrase closed by a demonstrative and
// followed by its predicate is a clause's subject, even when the predicate is a noun or an
// adjective rather than a prefixed verb (Indonesian has no copula). Ordinary news writes
// statements this way constantly. A demonstrative followed by a preposition or a
// conjunction closes a noun object instead ("mengakui kesalahan itu kepada wartawan",
// "menyebut nama itu dan …"). Used by clause.ts.
import { isWordChar, wordAfter } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { DEMONSTRATIVE_WORDS } from '../lexicon';

/** Words after the demonstrative that end a noun object rather than open a predicate. */
const OBJECT_CLOSERS = new LowerWordSet(`di ke dari pada kepada dengan untuk bagi oleh dalam sebagai terhadap atas tentang
  mengenai soal selama saat ketika sejak usai seusai dan atau serta namun tetapi tapi melainkan sedangkan yang karena
  kemarin sebelumnya lalu pula juga pun lewat melalui via bersama menjelang hingga sampai secara akibat setelah sebelum
  sambil seraya tadi langsung`.trim().split(/\s+/));
/** At most this many words of the noun phrase before its demonstrative ("rencana kenaikan tarif itu"). */
const MAX_PHRASE_WORDS = 3;

/** The content [from, to) opens with a noun phrase of one to three lower-case words closed
 *  by a demonstrative, then at least two words of which the first opens no adjunct. */
export function demonstrativeSubject(p: string, from: number, to: number): boolean {
  let w = next(p, from, to);
  for (let n = 0; w !== null && n <= MAX_PHRASE_WORDS; n++) {
    if (DEMONSTRATIVE_WORDS.hasAt(p, w.start, w.end)) {
      if (n === 0) return false;
      const pred = next(p, w.end, to);
      if (pred === null || pred.start !== w.end + 1 || OBJECT_CLOSERS.hasAt(p, pred.start, pred.end)) return false;
      // "menjelaskan aturan itu panjang lebar": the manner adverb, not "panjang" as a predicate.
      if (isLowerWordAt(p, pred.start, pred.end, 'panjang')) {
        const lebar = next(p, pred.end, to);
        if (lebar !== null && isLowerWordAt(p, lebar.start, lebar.end, 'lebar')) return false;
      }
      return next(p, pred.end, to) !== null;
    }
    if (isLowerWordAt(p, w.start, w.end, 'yang')) return false;
    w = next(p, w.end, to);
  }
  return false;
}

/** The next word at or after `from` before `to`, skipping spaces only (a comma ends the phrase). */
function next(p: string, from: number, to: number): { start: number; end: number } | null {
  let k = from;
  while (k < to && p.charCodeAt(k) === 32) k++;
  if (k >= to || !isWordChar(p.charCodeAt(k))) return null;
  return wordAfter(p, k, to);
}
