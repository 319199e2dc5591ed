// "Nayla datang didampingi kuasa hukumnya, Benny Sitompul. Kepada wartawan, ia menegaskan …":
// a person named after a companion or object word of the sentence ("bersama X", "didampingi
// X", "kepada X", "menemui X") does not open that sentence, even when the subject before it
// is a first name the paragraph pass holds only weakly ("Nayla"). Without this the link
// pass took the companion for the sentence's subject, and the following pronoun for theirs.

import { isSpace, isUpper, isWordChar } from '../text/chars';

/** Companion and object words: the next name is not the sentence's subject. */
const COMPANION_WORDS = ['bersama', 'didampingi', 'ditemani', 'dengan', 'kepada', 'menemui', 'mengunjungi', 'oleh'];

/** A companion or object word stands in p[from, to) after the sentence's first word (a
 *  sentence opened by one, "Bersama timnya, Budi …", still has its subject after it). */
export function companionBefore(p: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && !isSpace(p.charCodeAt(k))) k++;
  return companionBetween(p, k, to);
}

/** A companion or object word starts a word in p[from, to): between a subject and a later
 *  name ("Kapolres X, didampingi Kasat Reskrim Y, mengatakan"), the later one is no subject. */
export function companionBetween(p: string, from: number, to: number, words: readonly string[] = COMPANION_WORDS): boolean {
  for (let k = from; k < to; k++) {
    if (k > 0 && isWordChar(p.charCodeAt(k - 1))) continue;
    for (const word of words) {
      const e = k + word.length;
      if (e <= to && p.startsWith(word, k) && (e === to || !isWordChar(p.charCodeAt(e))) && !insideName(p, k)) return true;
    }
  }
  return false;
}

/** The companion words proper, without "oleh" and "dengan", which also bring in an agent
 *  ("saksi yang dihadirkan oleh jaksa, yakni Budi") or an instrument. */
const ESCORT_WORDS = COMPANION_WORDS.filter((w) => w !== 'oleh' && w !== 'dengan');

/** A person brought in by an escort word in p[from, to) ("Terdakwa didampingi kuasa hukum
 *  Ahmad", "Hakim ketua bersama panitera Rina"): a role named before that word is the
 *  subject's, not the companion's (described-person.ts's titleAt). */
export function escortBetween(p: string, from: number, to: number): boolean {
  return companionBetween(p, from, to, ESCORT_WORDS);
}

/** The word starting at `k` follows a capitalised word with one space between: it stands
 *  inside a name or title ("Bidang Akademik dan Kemahasiswaan"). */
function insideName(p: string, k: number): boolean {
  if (k < 2 || p.charCodeAt(k - 1) !== 32 || !isWordChar(p.charCodeAt(k - 2))) return false;
  let w = k - 2;
  while (w > 0 && isWordChar(p.charCodeAt(w - 1))) w--;
  // (a capital that opens the sentence is no name's: "Terdakwa didampingi kuasa hukum X")
  return isUpper(p.charCodeAt(w)) && !opensSentence(p, w);
}

/** The word at `w` opens its line or follows a sentence end. */
function opensSentence(p: string, w: number): boolean {
  let k = w;
  while (k > 0 && isSpace(p.charCodeAt(k - 1))) k--;
  if (k === 0) return true;
  const c = p.charCodeAt(k - 1);
  return c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && k < w);
}
