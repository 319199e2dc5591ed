// "Wali Kota": the mayor's title in two words, whose "Kota" is no city's ("Wali Kota
// Surakarta", though the KB knows "Kota Surakarta"; "Wakil Wali Kota Tegal"). One owner
// for the rules that read it on tokens (rules/kb-name.ts, rules/title.ts) and the one that
// reads the words before a region (rules/region-after-title.ts): the mayor's title is
// written in lower case too ("wali kota Tegal"), where "wali" is no token. The short titles'
// long forms (title-subject.ts) spell it from here.
import { wordBefore } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';

/** The mayor's title written out, lower case: the long form of "walikota" and, after
 *  "wakil", of "wawali" (title-subject.ts). */
export const MAYOR_TITLE = 'wali kota';
/** Its first word, no title without the second ("Wali" alone names no office). */
export const MAYOR_TITLE_FIRST = MAYOR_TITLE.slice(0, MAYOR_TITLE.indexOf(' '));
const MAYOR_TITLE_LAST = MAYOR_TITLE.slice(MAYOR_TITLE.indexOf(' ') + 1);

/** The word p[start, end) is the "Kota" of "Wali Kota" (any case): "kota", with "wali"
 *  the word right before it. */
export function isMayorsKota(p: string, start: number, end: number): boolean {
  if (!isLowerWordAt(p, start, end, MAYOR_TITLE_LAST)) return false;
  const wali = wordBefore(p, start);
  return wali !== null && isLowerWordAt(p, wali.start, wali.end, MAYOR_TITLE_FIRST);
}
