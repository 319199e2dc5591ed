// "Seorang karyawati asal Konawe ikut berorasi …" / "“…,” kata karyawati itu.": news brings in
// a person without a name by an indefinite and quotes them by the same noun made definite.
// The description means that unnamed person, not the speaker named before them, so the
// quote has no speaker (the gold convention for an unnamed person's words); the link pass
// asks this only when no person named with the description's head was found.
import { isWordChar, wordBefore } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';

/** The indefinites that bring in someone unnamed, each followed by a space. */
const INDEFINITES = ['seorang ', 'salah seorang ', 'salah satu '];

/** Copulas: an indefinite after one describes the subject named before it ("Sri Wahyuni adalah
 *  seorang guru honorer", "Udin merupakan salah satu nelayan …"); it brings in nobody new. */
const COPULA_WORDS = new LowerWordSet(['adalah', 'merupakan', 'ialah', 'yakni', 'sebagai', 'menjadi']);

/** text[from, to) holds an indefinite right before the description's head as a whole word
 *  ("seorang karyawati", "salah satu pedagang"), in any case. */
export function unnamedIntroducedWith(text: string, from: number, to: number, head: string): boolean {
  const window = text.slice(from, to).toLowerCase();
  for (const indefinite of INDEFINITES) {
    const phrase = indefinite + head;
    for (let i = window.indexOf(phrase); i !== -1; i = window.indexOf(phrase, i + 1)) {
      if ((i === 0 || !isWordChar(window.charCodeAt(i - 1))) && !isWordChar(window.charCodeAt(i + phrase.length)) && !afterCopula(text, from + i)) return true;
    }
  }
  return false;
}

/** A copula is the word right before `at`. */
function afterCopula(text: string, at: number): boolean {
  const w = wordBefore(text, at, Math.max(0, at - 20));
  return w !== null && COPULA_WORDS.hasAt(text, w.start, w.end);
}
