// "Rusdi Datuk Marajo Sati", "Hendri Dt. Bandaro Kayo": a Minangkabau man's adat title (gelar)
// is written AFTER his given name, and the name with it is his name (eval/README.md: "Minang
// (`Datuk Rajo Mangkuto` inside)", as `Datuak` inside since t84). The Malaysian "Datuk" is
// written BEFORE a name and stays outside (courtesy-titles.ts, issue 13 point 12), also after
// a place, a body or a title ("Menteri Besar Selangor Datuk …", "Presiden FAM Datuk …"). So
// "Datuk" is a gelar only after a run of given names that is no known place or body. The
// short "Dt." between two name words is read by abbreviated-name.ts.
import { givenNameShape } from './given-name-alias';
import { adjacent, has, kbMatch, type Ctx } from './ctx';
import { F_ACRONYM, F_HONORIFIC, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD, NOT_IN_A_PERSON_NAME } from './word-class';

const TITLE = F_TITLE_HEAD | F_TITLE_WORD;

/** The longest run of given names read back before a gelar (a bounded look, no walk). */
const MAX_GIVEN_NAMES = 3;

/** Token i (a "Datuk") follows, one space on, one to three words written as given names
 *  ("Rusdi", "Muhammad Zulkifli"), none a title, head, acronym or honorific and none opening a
 *  known place or body, right after a word that is no capitalised one (a comma, "kata", the
 *  line's start), after a title ("Wakil Bupati Rusdi Datuk …") or after a title's body or
 *  place ("Ketua KAN Rusdi Datuk …", "Bupati Tanah Datar Eka Datuk …"). */
export function gelarAfterGivenName(ctx: Ctx, i: number): boolean {
  return gelarNameStart(ctx, i) >= 0;
}

/** The token the name of the gelar "Datuk" at token i starts at (its first given name), or -1
 *  when that "Datuk" is no gelar (gelarAfterGivenName). */
export function gelarNameStart(ctx: Ctx, i: number): number {
  const { p, ts, te } = ctx;
  let s = i;
  while (s > 0 && i - s < MAX_GIVEN_NAMES && p.charCodeAt(te[s - 1]) === 32 && te[s - 1] + 1 === ts[s] && givenNameShape(p, ts[s - 1], te[s - 1])) {
    if (has(ctx, s - 1, TITLE | NOT_IN_A_PERSON_NAME | F_HONORIFIC)) break;
    const known = kbMatch(ctx, s - 1);
    if (known && known.entity.type !== 'PER') break;
    s--;
  }
  if (s === i) return -1;
  // The run starts a name: no capitalised word glued before it ("Sarawak Energy Datuk …",
  // "Kuala Lumpur Datuk …": a body's or a place's last words) but a title ("Ketua Panitia").
  if (s === 0 || !adjacent(ctx, s - 1, s) || !/\p{Lu}/u.test(p.charAt(ts[s - 1])) || has(ctx, s - 1, TITLE)) return s;
  // Or the name starts after a title's body or place, the run's first words being that
  // place's last ones ("Bupati Tanah Datar Eka Putra Datuk …": "Datar" reads as a given name).
  for (let t = s; t < i; t++) if (afterTitledBodyOrPlace(ctx, t)) return t;
  return -1;
}

/** The most words of a known place or body read back before a gelar's name. */
const MAX_PLACE_WORDS = 4;

/** Token t follows, one space on, a title's body or place, the title right before it: an
 *  acronym or the head word of a body or a committee ("Ketua KAN", "Ketua Panitia"), or a
 *  known place or body ending right before t ("Bupati Tanah Datar", "Direktur Bank Nagari").
 *  A Malaysian "Datuk" after such a title and place opens the name ("Ketua Polis Johor
 *  Datuk …"): no given name stands between them, so it never comes here. */
function afterTitledBodyOrPlace(ctx: Ctx, t: number): boolean {
  const w = t - 1;
  if (w < 1 || !adjacent(ctx, w, t)) return false;
  if (has(ctx, w, F_ACRONYM | F_ORG_HEAD | F_NON_ACTOR_HEAD)) return adjacent(ctx, w - 1, w) && has(ctx, w - 1, TITLE);
  for (let k = w; k >= 1 && w - k < MAX_PLACE_WORDS; k--) {
    const known = kbMatch(ctx, k);
    if (known && known.entity.type !== 'PER' && known.end === ctx.te[w]) return adjacent(ctx, k - 1, k) && has(ctx, k - 1, TITLE);
  }
  return false;
}
