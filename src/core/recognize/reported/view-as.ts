// "X melihat A sebagai B": a judgement voiced in public, the spec's "menilai X sebagai
// Y" with a verb of seeing. "melihat" alone is mostly an act ("melihat kondisi jalan",
// "melihat langsung lokasi banjir"), so it reports speech only in this construction:
// the content must hold "sebagai" after its first word, within a few words.
import { wordAfter } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';

/** Verbs that report a judgement only as "<verb> A sebagai B". */
export const VIEW_VERBS = ['melihat'];
export const VIEW_VERB_WORDS = new LowerWordSet(VIEW_VERBS);

/** How far "sebagai" may stand from the content's start: the object A is a noun phrase
 *  ("penetapan UMP tahun ini sebagai …"), not a clause. */
const OBJECT_WORDS = 8;

/** The content [start, end) reads "A sebagai B" with A of one to eight words. */
export function viewedAs(p: string, start: number, end: number): boolean {
  let w = wordAfter(p, start, end);
  for (let n = 0; w !== null && n <= OBJECT_WORDS; n++) {
    if (isLowerWordAt(p, w.start, w.end, 'sebagai')) return n > 0 && wordAfter(p, w.end, end) !== null;
    w = wordAfter(p, w.end, end);
  }
  return false;
}
