// "calon presiden dari Front Patriotik Samuel Banda Mulenga", "peneliti dari Lembaga Kajian
// Pesisir Rahmat Hidayat": a role written in lower case, "dari" and the body stand before the
// holder's name as a capitalised title does ("Peneliti Lembaga …"), so the body's run may
// end in that name (person-after-body.ts), as after a title.
import { TITLE_HEAD_WORDS } from '../lexicon';
import { isWordCharAt } from '../../kb/surface';

const DARI = ' dari ';

/** The text before `start` is " dari " after a lower-case role word (a title head) at most
 *  one word earlier ("calon presiden dari ", "anggota dari "). */
export function roleFromBodyBefore(p: string, start: number): boolean {
  const from = start - DARI.length;
  if (from < 1 || !p.startsWith(DARI, from)) return false;
  let end = from;
  for (let words = 0; words < 2; words++) {
    let s = end;
    while (s > 0 && isWordCharAt(p, s - 1)) s--;
    if (s === end) return false;
    const c = p.charCodeAt(s);
    if (c < 97 || c > 122) return false;
    if (TITLE_HEAD_WORDS.hasAt(p, s, end)) return true;
    if (s < 2 || p.charCodeAt(s - 1) !== 32) return false;
    end = s - 1;
  }
  return false;
}
