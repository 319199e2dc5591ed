// Where a sentence ends inside a paragraph: one owner for the quote attribution
// (attribution.ts) and the reported-speech scan (reported/sentences.ts), so that both read
// "dr. Rina", "Moh. Sanusi" and "Dmitri S. Peskov" the same way.
import { isSpace, isWordChar } from '../text/chars';
import { isAbbreviatedGivenName } from './actors/abbreviated-name';

/** Abbreviations whose dot does not end a sentence ("dr. Rina", "Prof. Hadi"). */
const ABBREVIATIONS = new Set(['dr', 'Dr', 'drg', 'Prof', 'Ir', 'Drs', 'Dra', 'H', 'Hj', 'St', 'No', 'Jl', 'Ny', 'Tn', 'Sdr', 'Kol', 'Jend', 'Bpk', 'Ibu', 'Rp', 'vs', 'dll', 'dsb', 'Mr', 'Mrs', 'Ms', 'Dt', 'Tgk', 'Jr', 'Sr']);

/** The mark at `k` ends a sentence: . ! or ? followed by a space or the paragraph end,
 *  not an initial's or an abbreviation's dot (see isNameDot). */
export function endsSentenceAt(p: string, k: number): boolean {
  const c = p.charCodeAt(k);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  if (k + 1 < p.length && !isSpace(p.charCodeAt(k + 1))) return false;
  return c !== 46 || !isNameDot(p, k);
}

/** The dot at `k` closes an initial ("Dmitri S. Peskov"), an abbreviated title ("dr.",
 *  "Prof.") or an abbreviated given name ("Moh. Sanusi"): it ends no sentence. */
export function isNameDot(p: string, k: number): boolean {
  if (k === 0) return false;
  let s = k;
  while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
  if (s === k) return false;
  const before = p.charCodeAt(k - 1);
  // A single capital is an initial.
  if (k - s === 1 && before >= 65 && before <= 90) return true;
  if (isAbbreviatedGivenName(p, s, k)) return true;
  // Every abbreviation is short and starts with a capital, d or v: other words are
  // turned away unsliced.
  const first = p.charCodeAt(s);
  return k - s <= 4 && ((first >= 65 && first <= 90) || first === 100 || first === 118) && ABBREVIATIONS.has(p.slice(s, k));
}
