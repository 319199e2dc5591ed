// "Menurutnya, petani …", "Akibatnya, pedagang …", "Sayangnya, warga …": a sentence adverb made
// with the clitic -nya opens the sentence before a comma. A person's role noun after the comma
// reads like an apposition ("Hasnah, warga …,", unknown-name.ts), but the capitalised word is
// no name. Names ending in -nya have a short stem ("Sonya", "Vanya", "Anya"); the adverbs a
// word of four letters or more ("menurut", "akibat", "sayang", "inti", "kata").
import { isUpper } from '../../text/chars';

/** Letters before "nya" an adverb has at least ("Inti-nya", "Kata-nya"). */
const MIN_STEM = 4;

/** The one word [start, end) opens its sentence (text start, after a sentence end, a line
 *  break or an opening mark), ends in "nya" after a stem of MIN_STEM letters and is followed
 *  by a comma. */
export function sentenceAdverbWithNya(p: string, start: number, end: number): boolean {
  if (end - start < MIN_STEM + 3 || p.charCodeAt(end) !== 44 || !p.endsWith('nya', end) || !isUpper(p.charCodeAt(start))) return false;
  for (let k = start + 1; k < end; k++) {
    const c = p.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  let k = start;
  while (k > 0 && (p.charCodeAt(k - 1) === 32 || p.charCodeAt(k - 1) === 34 || p.charCodeAt(k - 1) === 0x201c)) k--;
  if (k === 0) return true;
  const c = p.charCodeAt(k - 1);
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63;
}
