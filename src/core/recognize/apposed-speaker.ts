// "Penelepon pertama, Rahman dari Kelurahan Didike, mengeluhkan …": a single unknown word
// is weak (a capitalised common noun opening a sentence reads the same: "Panitia
// menyebut …", "Seusai …"), and only a quote's cue used to confirm it as a person. A name
// set off by a comma after a lower-case role, then reported speaking, is a person too:
// common nouns do not stand in apposition after "Penelepon pertama,".
import { isUpper, isWordChar } from '../text/chars';

/** The mention starting at `start` stands in apposition after a lower-case word and a
 *  comma ("…pertama, Rahman"), and a comma or "dari" follows it ("Rahman, …",
 *  "Rahman dari …"). */
export function apposedAfterRole(text: string, start: number, end: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44 || !isLowerLetter(text.charCodeAt(start - 3))) return false;
  return text.charCodeAt(end) === 44 || text.startsWith(' dari ', end);
}

function isLowerLetter(c: number): boolean {
  return isWordChar(c) && !isUpper(c) && (c < 48 || c > 57);
}

/** "Hal itu juga dibenarkan Ketua Paguyuban Pedagang Pasar Johar, Mulyono.": a name in
 *  apposition after a capitalised title or body and a comma, closing its sentence, that the
 *  sentence introduces as speaking (a passive reporting verb, passive-speaker.ts). A
 *  common noun does not close a clause there. */
export function apposedAtClauseEnd(text: string, start: number, end: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44 || !isWordChar(text.charCodeAt(start - 3))) return false;
  // (Only a full stop: "…, Kompleks Parlemen, Senayan, Jakarta" lists places.)
  return text.charCodeAt(end) === 46 && (end + 1 >= text.length || !isWordChar(text.charCodeAt(end + 1)));
}

/** "Agensi penyanyi Luna, Bintang Timur Entertainment, menyatakan …", "Partai yang didirikan
 *  Front X, Partai Y, mengklaim …": a body set off by commas right before the reporting verb
 *  names the subject phrase before it (the agency, the party), so it speaks, not the person
 *  or body inside that phrase. The mention at [start, end) follows a word and ", ", and its
 *  closing comma is at `end`. */
export function apposedBodyBeforeVerb(text: string, start: number, end: number): boolean {
  return start >= 3 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44 &&
    isWordChar(text.charCodeAt(start - 3)) && text.charCodeAt(end) === 44;
}
