// "Manajer Operasional PT Kapuas Energi Sejahtera Rudy Wijaya Tan menambahkan …", where the
// article also names "PT Kapuas Gas Sejahtera" alone: the body's name ends there, so the
// capitalised words glued after it are its holder's name when they read as one. The holder
// need not be named again by one word (org-holder-split.ts's other evidence): a manager or
// a rector is often named once, then called "pihaknya" or by the title. The name model,
// reading the words where they stand, must not find a place's or a body's words likelier:
// a body's longer name ("… Cabang Utama", "… Kota Malang", "… Regional Jawa Bagian Tengah")
// reads as no name or as a place.
import { classProbs, nameScorer, PER, tokensAfter, tokensBefore, modelMargins } from './name-model';

const PROBS = classProbs();

/** The words `words` at text[start, end) read as a person's name of two or three words. */
export function readsAsHolderName(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const probs = nameScorer().score(words, tokensBefore(text, start), tokensAfter(text, end), PROBS);
  if (probs[PER] < modelMargins().holderPerson) return false;
  for (let c = 0; c < probs.length; c++) if (c !== PER && probs[c] > probs[PER] + modelMargins().holderOtherAbove) return false;
  return true;
}
