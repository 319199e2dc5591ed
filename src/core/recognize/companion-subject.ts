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
export function companionBetween(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (k > 0 && isWordChar(p.charCodeAt(k - 1))) continue;
    for (const word of COMPANION_WORDS) {
      const e = k + word.length;
      if (e <= to && p.startsWith(word, k) && (e === to || !isWordChar(p.charCodeAt(e))) && !insideName(p, k)) return true;
    }
  }
  return false;
}

/** The word starting at `k` follows a capitalised word with one space between: it stands
 *  inside a name or title ("Bidang Penelitian dan Pengabdian kepada Masyarakat"). */
function insideName(p: string, k: number): boolean {
  if (k < 2 || p.charCodeAt(k - 1) !== 32 || !isWordChar(p.charCodeAt(k - 2))) return false;
  let w = k - 2;
  while (w > 0 && isWordChar(p.charCodeAt(w - 1))) w--;
  return isUpper(p.charCodeAt(w));
}
