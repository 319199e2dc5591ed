// "Karimi … unggul 41 detik atas pembalap Kazakhstan Timur Abenov. “…,” kata pembalap
// itu.": a description points back to the person the story is about, and a person named
// as the object of a preposition or of a verb of defeat is seldom that person. When the
// title a description names stands right after such a word, the person it introduces is
// only taken when nobody named with the title in a subject's place is found before
// (described-person.ts).
import { isWordChar, wordBefore } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';

/** Prepositions and verbs whose object a title introduces ("atas pembalap X", "mengalahkan
 *  petenis X"). */
const OBLIQUE_WORDS = new LowerWordSet(`atas dari kepada dengan melawan bersama terhadap untuk bagi menghadapi mengalahkan
  mengungguli menyalip menundukkan menumbangkan`.trim().split(/\s+/));

/** The word before the title starting at `at` makes the person it introduces an object. */
export function obliqueTitle(text: string, at: number): boolean {
  const w = wordBefore(text, at, Math.max(0, at - 20));
  return w !== null && !isWordChar(text.charCodeAt(w.end)) && OBLIQUE_WORDS.hasAt(text, w.start, w.end);
}
