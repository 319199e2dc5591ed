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

/** Words right after the verb that make seeing an act ("melihat langsung latihan pasukan"). */
const ACT_ADVERB_WORDS = new LowerWordSet(['langsung', 'sendiri', 'secara']);

/** Words after "sebagai" that give an act's purpose, not a judgement ("… sebagai bagian
 *  kunjungan kerja", "sebagai upaya …", "sebagai bentuk dukungan"). */
const PURPOSE_WORDS = new LowerWordSet(['bagian', 'upaya', 'bentuk', 'wujud', 'rangkaian']);

/** The content [start, end) reads "A sebagai B" with A of one to eight words, A no
 *  adverb of the act and B no purpose. */
export function viewedAs(p: string, start: number, end: number): boolean {
  let w = wordAfter(p, start, end);
  if (w !== null && ACT_ADVERB_WORDS.hasAt(p, w.start, w.end)) return false;
  for (let n = 0; w !== null && n <= OBJECT_WORDS; n++) {
    if (isLowerWordAt(p, w.start, w.end, 'sebagai')) {
      const b = wordAfter(p, w.end, end);
      return n > 0 && b !== null && !PURPOSE_WORDS.hasAt(p, b.start, b.end);
    }
    w = wordAfter(p, w.end, end);
  }
  return false;
}
