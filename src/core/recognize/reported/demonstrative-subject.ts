// "X menyebut gol itu buah latihan bola mati", "X menilai kebijakan tersebut keliru",
// "X mengakui kondisi ini belum ideal": a short noun phrase closed by a demonstrative and
// followed by its predicate is a clause's subject, even when the predicate is a noun or an
// adjective rather than a prefixed verb (Indonesian has no copula). Ordinary news writes
// statements this way constantly. A demonstrative followed by a preposition or a
// conjunction closes a noun object instead ("mengakui kesalahan itu kepada wartawan",
// "menyebut nama itu dan …"). Used by clause.ts.
//
// The predicate may be one word closing the content ("X membantah sertifikat itu palsu",
// "X mengakui laporan tersebut keliru"): a noun object has nothing after its demonstrative,
// or an adverb of manner or time (speakers54: dev statements lost to the two-word demand in
// three batches). A reduplicated plural ("kapal-kapal tersebut milik …") is one word.
import { isWordChar, wordAfter } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { DEMONSTRATIVE_WORDS } from '../lexicon';
import { DAY_TIME_WORDS, TIME_ADVERBS } from '../adjunct-words';

/** Words after the demonstrative that end a noun object rather than open a predicate. */
const OBJECT_CLOSERS = new LowerWordSet(`di ke dari pada kepada dengan untuk bagi oleh dalam sebagai terhadap atas tentang
  mengenai soal selama saat ketika sejak usai seusai dan atau serta namun tetapi tapi melainkan sedangkan yang karena
  kemarin sebelumnya lalu pula juga pun lewat melalui via bersama menjelang hingga sampai secara akibat setelah sebelum
  sambil seraya tadi langsung`.trim().split(/\s+/));
/** Adverbs that may close a noun object after its demonstrative as its last word ("menegaskan
 *  sikap itu lagi", "menyampaikan pesan itu sendiri", "mengumumkan keputusan itu sore",
 *  "… itu semalam"): no one-word predicate. The words of time are adjunct-words.ts's; words in
 *  "-nya" ("sepenuhnya") and reduplicated adverbs ("mentah-mentah") are read by their shape. */
const CLOSING_ADVERBS = new LowerWordSet([...DAY_TIME_WORDS, ...TIME_ADVERBS, 'lagi', 'kembali', 'saja', 'sendiri', 'sekaligus', 'segera', 'pun']);
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
      return next(p, pred.end, to) !== null || closingPredicate(p, pred, to);
    }
    if (isLowerWordAt(p, w.start, w.end, 'yang')) return false;
    w = next(p, w.end, to);
  }
  return false;
}

/** The word `pred` is the content's last and reads as a predicate: lower-case letters, no
 *  adverb of manner or time by its list or its shape ("-nya", reduplicated). */
function closingPredicate(p: string, pred: { start: number; end: number }, to: number): boolean {
  if (!closedAfter(p, pred.end, to) || CLOSING_ADVERBS.hasAt(p, pred.start, pred.end)) return false;
  const w = p.slice(pred.start, pred.end);
  return /^\p{Ll}+$/u.test(w) && !w.endsWith('nya');
}

/** What follows a closing one-word predicate at `at`: spaces, then the content's end (`to`)
 *  or a comma or sentence end (read in place: no slice per candidate). */
function closedAfter(p: string, at: number, to: number): boolean {
  let k = at;
  while (k < to && p.charCodeAt(k) === 32) k++;
  if (k >= to) return true;
  const c = p.charCodeAt(k);
  return c === 46 || c === 44 || c === 59 || c === 33;
}

/** The next word at or after `from` before `to`, skipping spaces only (a comma ends the
 *  phrase); a reduplicated word ("kapal-kapal") is one word, a hyphen inside it no stop. */
function next(p: string, from: number, to: number): { start: number; end: number } | null {
  let k = from;
  while (k < to && p.charCodeAt(k) === 32) k++;
  if (k >= to || !isWordChar(p.charCodeAt(k))) return null;
  const w = wordAfter(p, k, to);
  if (w === null) return null;
  let end = w.end;
  while (end + 1 < to && p.charCodeAt(end) === 45 && isWordChar(p.charCodeAt(end + 1))) end = wordAfter(p, end + 1, to)?.end ?? end + 1;
  return end === w.end ? w : { start: w.start, end };
}
