// "Menurutnya, petani …", "Akibatnya, pedagang …", "Sayangnya, warga …": a sentence adverb made
// with the clitic -nya opens the sentence before a comma. A person's role noun after the comma
// reads like an apposition ("Hasnah, warga …,", unknown-name.ts), but the capitalised word is
// no name. Names ending in -nya have a short stem ("Sonya", "Vanya", "Anya"); the adverbs a
// word of four letters or more ("menurut", "akibat", "sayang", "inti", "kata").
import { isUpper } from '../../text/chars';

/** Letters before "nya" an adverb has at least ("Inti-nya", "Kata-nya"). */
const MIN_STEM = 4;

/** The one word [start, end) is a sentence adverb with -nya (nyaWordOpening) followed by a comma. */
export function sentenceAdverbWithNya(p: string, start: number, end: number): boolean {
  return p.charCodeAt(end) === 44 && nyaWordOpening(p, start, end);
}

/** "Ajudannya bilang …", "Nakhodanya mengaku …", "Iklannya bilang …": a noun with -nya (a stem
 *  of MIN_STEM letters) opening its sentence before a lower-case word is the sentence's
 *  subject, "his aide", "its captain", no name (session 48, dev d114, d294, d333). */
export function possessedNounSubject(p: string, start: number, end: number): boolean {
  // (no read past the text's end: the optimizing compiler assumes none, and the first one
  // costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (end + 1 >= p.length) return false;
  const c = p.charCodeAt(end + 1);
  return p.charCodeAt(end) === 32 && c >= 97 && c <= 122 && nyaWordOpening(p, start, end);
}

/** The one word [start, end) opens its sentence (text start, after a sentence end, a line
 *  break or an opening mark) and ends in "nya" after a stem of MIN_STEM letters. */
function nyaWordOpening(p: string, start: number, end: number): boolean {
  if (end - start < MIN_STEM + 3 || !p.endsWith('nya', end) || !isUpper(p.charCodeAt(start))) return false;
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
