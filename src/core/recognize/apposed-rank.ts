// "kata Kapolres Sumbawa, AKBP Heru Muslimin.", "ujar Dandim 1607, Letkol Inf Budi …":
// Indonesian news names a police or military officer in apposition after the office with
// the officer's rank in front of the name. The rank stays outside the name (actors/
// ranked-name.ts reads the name after it), so the name in apposition starts after the rank,
// not right after the comma (issue 13: the speaker went to the office's place, "Sumbawa").
import { isRank } from './actors/ranked-name';

/** A corps word after the rank ("AKBP Pol", "Kolonel Inf", "Letkol Laut (P)"). */
const CORPS_RE = /^(?:Pol|Inf|Kav|Arh|Czi|Cpn|Laut|Pnb|Mar|Kes|Chk)\.? /;

/** Where a name in apposition may start after the comma at `comma`: past the blanks and,
 *  when a rank follows, past the rank and a corps word; else right after the blanks. */
export function apposedNameFrom(p: string, comma: number): number {
  let k = comma + 1;
  while (p.charCodeAt(k) === 32) k++;
  let e = k;
  while (e < p.length && e - k < 8 && /\p{L}/u.test(p[e])) e++;
  if (e === k || p.charCodeAt(e) !== 32 || !isRank(p.slice(k, e).toLowerCase())) return k;
  e++;
  const corps = CORPS_RE.exec(p.slice(e, e + 6));
  return corps === null ? e : e + corps[0].length;
}
