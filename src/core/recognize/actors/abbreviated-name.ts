// "Moh. Sanusi", "Muh. Arifin", "Abd. Rahman": Indonesian given names written short with a
// dot (Mohammad, Muhammad, Abdul, Achmad). The dot is no sentence end and the short word
// is part of the name, as a one-letter initial is ("Dmitri S. Peskov"). Read in place:
// `adjacent` asks this only where a dot and a space follow a token.

/** The short forms, in lower case (the token is compared ignoring the case of its letters). */
const ABBREVIATED_GIVEN_NAMES = ['moh', 'muh', 'moch', 'much', 'mochd', 'mohd', 'mhd', 'md', 'abd', 'ach', 'achm', 'ahm'];
const MAX_LENGTH = 5;

/** p[s, e) is one of the short given names, with a capital first letter ("Moh", "MOH"). */
export function isAbbreviatedGivenName(p: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 2 || n > MAX_LENGTH) return false;
  const first = p.charCodeAt(s);
  if (first !== 77 && first !== 65) return false; // M, A
  next: for (const w of ABBREVIATED_GIVEN_NAMES) {
    if (w.length !== n) continue;
    for (let k = 0; k < n; k++) if ((p.charCodeAt(s + k) | 32) !== w.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}
