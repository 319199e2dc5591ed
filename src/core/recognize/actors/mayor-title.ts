// "Wali Kota": the mayor's title in two words, whose "Kota" is no city's ("Wali Kota
// Surakarta", though the KB knows "Kota Surakarta"; "Wakil Wali Kota Tegal"). One owner
// for the rules that read it on tokens (rules/kb-name.ts, rules/title.ts) and the one that
// reads the words before a region (rules/region-after-title.ts): the mayor's title is
// written in lower case too ("wali kota Tegal"), where "wali" is no token.
import { wordBefore } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';

/** The word p[start, end) is the "Kota" of "Wali Kota" (any case): "kota", with "wali"
 *  the word right before it. */
export function isMayorsKota(p: string, start: number, end: number): boolean {
  if (!isLowerWordAt(p, start, end, 'kota')) return false;
  const wali = wordBefore(p, start);
  return wali !== null && isLowerWordAt(p, wali.start, wali.end, 'wali');
}
