// "Moh. Sanusi", "Muh. Arifin", "Abd. Rahman": Indonesian given names written short with a
// dot (Mohammad, Muhammad, Abdul, Achmad). The dot is no sentence end and the short word
// is part of the name, as a one-letter initial is ("Dmitri S. Peskov"). Read in place:
// `adjacent` asks this only where a dot and a space follow a token.
// "Ridwan Hi. Abbas": North Maluku writes Haji as "Hi." between a given name and the family
// name; there it is part of the name too, but only between two name words ("Hi." opening a
// line, or after a lower-case word, is a greeting or a sentence's end).
// "Hendri Dt. Bandaro Kayo": the Minangkabau gelar "Datuk" written short after a given name
// is part of the name as well (minang-gelar.ts), read between two name words as "Hi." is.
// "Ma. Cristina Reyes": Filipinos write Maria as "Ma." (courtesy-titles.ts: part of the name).
// The Chinese surname "Ma" may end a sentence ("… bertemu Jack Ma. Alibaba Group …"), so "Ma."
// is read as Maria only before two capitalised words and not after a capitalised word other
// than a title ("Konsul Ma. Cristina Reyes").
import { isAsciiLetter } from '../../text/chars';
import { COMMON_SENTENCE_STARTERS, NEVER_ACTOR, TITLE_HEADS } from '../lexicon';

/** The short forms, in lower case. */
const ABBREVIATED_GIVEN_NAMES = ['moh', 'muh', 'moch', 'much', 'mochd', 'mohd', 'mhd', 'md', 'abd', 'ach', 'achm', 'ahm', 'ma'];
const MAX_LENGTH = 5;

/** p[s, e) is one of the short given names in mixed case ("Moh", "Md": a capital, then
 *  lower case; the capitals of "Mahfud MD." and "AHM." are a surname and a company, whose dot
 *  ends the sentence), and a name follows its dot ("Moh. Sanusi", not "Moh. Besoknya"). */
export function isAbbreviatedGivenName(p: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 2 || n > MAX_LENGTH) return false;
  const first = p.charCodeAt(s);
  if (first === 72 && n === 2 && p.charCodeAt(s + 1) === 105) return afterNameWord(p, s) && nameFollows(p, e); // "Hi"
  if (first === 68 && n === 2 && p.charCodeAt(s + 1) === 116) return afterNameWord(p, s) && nameFollows(p, e); // "Dt"
  if (first !== 77 && first !== 65) return false; // M, A
  next: for (const w of ABBREVIATED_GIVEN_NAMES) {
    if (w.length !== n) continue;
    for (let k = 1; k < n; k++) if (p.charCodeAt(s + k) !== w.charCodeAt(k)) continue next;
    return w === 'ma' ? !afterGivenName(p, s) && nameFollows(p, e) && secondNameFollows(p, e) : nameFollows(p, e);
  }
  return false;
}

/** A capitalised word and one space end right before s ("Ridwan Hi."). */
function afterNameWord(p: string, s: number): boolean {
  if (s < 3 || p.charCodeAt(s - 1) !== 32) return false;
  let k = s - 1;
  while (k > 0 && isAsciiLetter(p.charCodeAt(k - 1))) k--;
  const c = p.charCodeAt(k);
  return k < s - 2 && c >= 65 && c <= 90;
}

/** After the dot and a space at e, a capitalised word that is no sentence starter
 *  ("Menurut", "Kemudian") and no possessive ("Besoknya"). */
function nameFollows(p: string, e: number): boolean {
  const s = e + 2;
  const c = p.charCodeAt(s);
  if (!(c >= 65 && c <= 90)) return false;
  let k = s + 1;
  while (k < p.length && isAsciiLetter(p.charCodeAt(k))) k++;
  const w = p.slice(s, k).toLowerCase();
  return !w.endsWith('nya') && !COMMON_SENTENCE_STARTERS.has(w) && !NEVER_ACTOR.has(w) && !SENTENCE_OPENERS.has(w);
}

/** A capitalised word other than a title head ends one space before s ("Jack Ma."). */
function afterGivenName(p: string, s: number): boolean {
  if (!afterNameWord(p, s)) return false;
  let k = s - 1;
  while (k > 0 && isAsciiLetter(p.charCodeAt(k - 1))) k--;
  return !TITLE_HEADS.has(p.slice(k, s - 1).toLowerCase());
}

/** After the dot at e, a capitalised word, one space and another capitalised word ("Ma. Cristina Reyes"). */
function secondNameFollows(p: string, e: number): boolean {
  let k = e + 2;
  while (k < p.length && isAsciiLetter(p.charCodeAt(k))) k++;
  const c = p.charCodeAt(k + 1);
  return p.charCodeAt(k) === 32 && c >= 65 && c <= 90;
}

/** Words that open a sentence but are in no list of starters (the starters a name model reads). */
const SENTENCE_OPENERS = new Set(['menurut', 'kemudian', 'namun', 'sementara', 'selain', 'dalam', 'untuk', 'karena', 'setelah', 'sebelum',
  'hal', 'ini', 'itu', 'lalu', 'akan', 'tetapi', 'bahkan', 'sebab', 'meski', 'walau', 'jika', 'kalau', 'apabila', 'pada', 'di', 'dari', 'ke']);
