// "PS Meureudu Raya", "PS Barito Putera", "PS Kwarta Deli Serdang": Indonesian football clubs
// named "PS" (Persatuan Sepak Bola) and a name are one organisation (misreads47: "PS" and a
// person "Meureudu Raya"). The clubs with the initials of their town ("PSBS Biak") are read
// in unknown-name.ts; a holder named right after the club ("Pelatih PS Barito Putera Rahmad
// Darmawan") is cut off as after any body (person-after-body.ts).
import { adjacent, has, kbMatch, low, wordIs, type Ctx } from './ctx';
import { unknownExtent } from './extents';
import { bestPersonTail } from './person-after-body';
import { F_ACRONYM, F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD, F_UPPER_CASE } from './word-class';

/** A word of football in the paragraph: the match, the players, the ground, a score. */
const FOOTBALL_CUE = /(?<![\p{L}\d])(?:sepak ?bola|liga|laga|pemain|pelatih|stadion|gol|klub|skuad|suporter|kiper|bek|striker|gelandang|pertandingan|bertanding|menang|kalah|imbang|menjamu|dijamu|juara|kompetisi|turnamen|\d+-\d+)(?![\p{L}\d])/iu;

/** Token s is "PS" before a capitalised name the KB does not know: the token after the club's
 *  name, or -1. */
export function psClubEnd(ctx: Ctx, s: number): number {
  const k = s + 1;
  if (!wordIs(ctx, s, 'PS') || k >= ctx.nt || !adjacent(ctx, s, k) || ctx.p.charCodeAt(ctx.te[s]) !== 32) return -1;
  if (has(ctx, k, F_TITLE_HEAD | F_ORG_HEAD | F_UPPER_CASE | F_ACRONYM | F_NEVER_ACTOR)) return -1;
  // "PS Batanghari Jaya", "PS Sleman Jaya": a club named by a known place and a word after it
  // is the club's whole name ("PS Bantul" alone is read with the place by the regional rules),
  // with no word of football needed: "PS" + a town + a capitalised word names nothing else
  // (a regency's seat, "PS Meureudu Raya", is a place the KB knows too).
  const place = kbMatch(ctx, k);
  if (place && place.entity.type !== 'GPE') return -1;
  if (place) {
    let e = k + 1;
    while (e < ctx.nt && ctx.ts[e] < place.end) e++;
    if (e >= ctx.nt || !adjacent(ctx, e - 1, e) || kbMatch(ctx, e) || has(ctx, e, F_TITLE_HEAD | F_ORG_HEAD | F_UPPER_CASE | F_ACRONYM | F_NEVER_ACTOR)) return -1;
    const c = ctx.p.charCodeAt(ctx.ts[e]);
    return c >= 65 && c <= 90 ? e + 1 : -1;
  }
  // "PS Portal", "PS Plus", "PS Store", "PS Vita": PlayStation's products are written the same
  // way; a club by such a word only in a paragraph about football (psProductEnd).
  if (psProductEnd(ctx, s) > 0) return -1;
  const runEnd = unknownExtent(ctx, k);
  return bestPersonTail(ctx, s, runEnd);
}

/** Words naming PlayStation's products and services after "PS" ("PS Portal", "PS Plus"). */
const PRODUCT_WORDS = new Set(['portal', 'plus', 'store', 'vita', 'now', 'network', 'move', 'vr', 'vr2', 'camera', 'remote', 'pro', 'slim', 'classic', 'stars']);

/** Token s is "PS" and one of PRODUCT_WORDS in a paragraph with no word of football ("Sony
 *  merilis PS Portal", "Pelanggan PS Plus"): PlayStation's product or service, no actor and
 *  no "PS" body; the token after the product's word, or -1. */
export function psProductEnd(ctx: Ctx, s: number): number {
  const k = s + 1;
  if (!wordIs(ctx, s, 'PS') || k >= ctx.nt || !adjacent(ctx, s, k) || ctx.p.charCodeAt(ctx.te[s]) !== 32) return -1;
  if (!PRODUCT_WORDS.has(low(ctx, k)) || FOOTBALL_CUE.test(ctx.p)) return -1;
  return k + 1;
}
