// "Kepala Dinas Kesehatan … Hairil Anwar": an unknown word before a known person's one-word
// alias that is the first word of that person's own name ("Anwar" of "Anwar Ibrahim") is
// another person's given name before a surname that only looks known. A known surname
// after an unknown first name ("Dmitri Peskov" where only "Peskov" is known) still joins
// the known person (extents.ts). Issue 13: a regional health chief became Malaysia's prime
// minister, and with him the speaker of three statements.
import type { KbMatch } from '../../kb/kb-index';

/** The KB match `m`, read as one word ending at `wordEnd`, is a person's alias that opens
 *  the person's canonical name of two words or more. */
export function aliasIsGivenName(m: KbMatch, wordEnd: number): boolean {
  if (m.entity.type !== 'PER' || m.end !== wordEnd) return false;
  const alias = m.alias;
  const canonical = m.entity.canonical;
  return alias.indexOf(' ') < 0 && canonical.length > alias.length + 1 && canonical.charCodeAt(alias.length) === 32 && canonical.startsWith(alias);
}

/** [start, end) is written as a given name: a capital, then three or more lower-case
 *  letters ("Hairil"; not "UKata", not "DPR"). */
export function givenNameShape(p: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const c = p.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  for (let k = start + 1; k < end; k++) {
    const d = p.charCodeAt(k);
    if (d < 97 || d > 122) return false;
  }
  return true;
}
