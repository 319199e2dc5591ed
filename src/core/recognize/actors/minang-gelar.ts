// "Rusdi Datuk Marajo Sati", "Hendri Dt. Bandaro Kayo": a Minangkabau man's adat title (gelar)
// is written AFTER his given name, and the name with it is his name (eval/README.md: "Minang
// (`Datuk Rajo Mangkuto` inside)", as `Datuak` inside since t84). The Malaysian "Datuk" is
// written BEFORE a name and stays outside (courtesy-titles.ts, issue 13 point 12), also after
// a place, a body or a title ("Menteri Besar Selangor Datuk …", "Presiden FAM Datuk …"). So
// "Datuk" is a gelar only after a run of given names that is no known place or body. The
// short "Dt." between two name words is read by abbreviated-name.ts.
import { givenNameShape } from './given-name-alias';
import { adjacent, has, kbMatch, type Ctx } from './ctx';
import { F_HONORIFIC, F_TITLE_HEAD, F_TITLE_WORD, NOT_IN_A_PERSON_NAME } from './word-class';

const TITLE = F_TITLE_HEAD | F_TITLE_WORD;

/** The longest run of given names read back before a gelar (a bounded look, no walk). */
const MAX_GIVEN_NAMES = 3;

/** Token i (a "Datuk") follows, one space on, one to three words written as given names
 *  ("Rusdi", "Muhammad Zulkifli"), none a title, head, acronym or honorific and none opening a
 *  known place or body, right after a word that is no capitalised one (a comma, "kata", the
 *  line's start) or after a title ("Ketua Panitia Rusdi Datuk …"). */
export function gelarAfterGivenName(ctx: Ctx, i: number): boolean {
  const { p, ts, te } = ctx;
  let s = i;
  while (s > 0 && i - s < MAX_GIVEN_NAMES && p.charCodeAt(te[s - 1]) === 32 && te[s - 1] + 1 === ts[s] && givenNameShape(p, ts[s - 1], te[s - 1])) {
    if (has(ctx, s - 1, TITLE)) break;
    if (has(ctx, s - 1, NOT_IN_A_PERSON_NAME | F_HONORIFIC)) return false;
    const known = kbMatch(ctx, s - 1);
    if (known && known.entity.type !== 'PER') return false;
    s--;
  }
  if (s === i) return false;
  // The run starts a name: no capitalised word glued before it ("Sarawak Energy Datuk …",
  // "Kuala Lumpur Datuk …": a body's or a place's last words) but a title ("Ketua Panitia").
  return s === 0 || !adjacent(ctx, s - 1, s) || !/\p{Lu}/u.test(p.charAt(ts[s - 1])) || has(ctx, s - 1, TITLE);
}
