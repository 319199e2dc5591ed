// How the body of an article writes a headline's bare role ("Saksi", "Pelatih", "Pemilik
// Kios"), for headline-role-by-content.ts (fix52a review of the session 52 ruling): a
// speaker introduced with the role word ("Saksi Andri …", "pelatih tim tuan rumah, Gilang
// …") holds it; a statement whose subject is the role ("jaksa mengatakan saksi menerima
// uang …") is about its holder, not by them; a role counted as a group ("puluhan calon
// jemaah", "sejumlah kepala sekolah") or a speaker introduced as one of a group ("seorang
// pemilik kios, X", "salah satu saksi, X") names no one holder (the ruling: a generic group
// gives no statement).
import { isWordChar } from '../text/chars';
import { isLowerWordAt, LowerWordSet } from '../text/lower-word-set';
import { NUMBER_WORDS, QUANTIFIER_WORDS } from './lexicon';

/** How many words before a speaker mention may hold the role word that introduces it
 *  ("Pelatih tim tuan rumah, Gilang …" is four away). */
const LOOKBACK_WORDS = 6;

/** Words that make the role after them one of a group: "seorang", "(salah) satu". The
 *  counting quantifiers ("puluhan", "para", "sejumlah") are the lexicon's QUANTIFIERS but
 *  the small numbers: "dua saksi" counts people each of whom may be the headline's one. */
const MEMBER_OF_GROUP_WORDS = new LowerWordSet(['seorang', 'satu']);

/** The role word stands among the few words before `at` in the same sentence. */
export function roleWordBefore(text: string, at: number, role: string): boolean {
  let k = at;
  for (let n = 0; n < LOOKBACK_WORDS; n++) {
    while (k > 0 && !isWordChar(text.charCodeAt(k - 1))) {
      const c = text.charCodeAt(k - 1);
      if (c === 46 || c === 33 || c === 63 || c === 10) return false;
      k--;
    }
    const end = k;
    while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
    if (end === k) return false;
    if (isLowerWordAt(text, k, end, role)) return true;
  }
  return false;
}

/** The statement [start, end) opens with the role word as its subject ("saksi menerima
 *  uang dari terdakwa", "bahwa pelatih salah memilih pemain"). */
export function aboutTheRole(text: string, start: number, end: number, role: string): boolean {
  let k = start;
  while (k < end && !isWordChar(text.charCodeAt(k))) k++;
  let e = k;
  while (e < end && isWordChar(text.charCodeAt(e))) e++;
  if (isLowerWordAt(text, k, e, 'bahwa')) {
    k = e;
    while (k < end && !isWordChar(text.charCodeAt(k))) k++;
    e = k;
    while (e < end && isWordChar(text.charCodeAt(e))) e++;
  }
  return e > k && isLowerWordAt(text, k, e, role);
}

/** [from, to) writes the role counted or as one of a group: a quantifier, "seorang" or
 *  "satu" right before the role word. */
export function roleReadAsGroup(text: string, from: number, to: number, role: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  for (let k = from; k < to;) {
    while (k < to && !isWordChar(text.charCodeAt(k))) k++;
    const start = k;
    while (k < to && isWordChar(text.charCodeAt(k))) k++;
    if (k === start) break;
    if (prevStart >= 0 && prevEnd + 1 === start && isLowerWordAt(text, start, k, role) && groupWordAt(text, prevStart, prevEnd)) return true;
    prevStart = start;
    prevEnd = k;
  }
  return false;
}

function groupWordAt(text: string, start: number, end: number): boolean {
  if (QUANTIFIER_WORDS.hasAt(text, start, end) && !NUMBER_WORDS.hasAt(text, start, end)) return true;
  return MEMBER_OF_GROUP_WORDS.hasAt(text, start, end);
}
