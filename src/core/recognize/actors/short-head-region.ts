// "Dishub Jatim", "Disperindag Kota Pontianak", "Pemkab Pati": a regional body's short head
// (regional-names.ts) is the body's whole name but its region, and only the region follows
// it in the name. After a title, a capitalised name right after it that is no place is the
// holder the title introduced (without a title, "Kejari Lembah Hijau" is a region the KB
// lacks) ("Kepala Disperindag Agustinus Mering menegaskan …", dev d198:
// the body ran on over the person).
import { adjacent, has, kbMatch, low, word, type Ctx } from './ctx';
import { bareRegencyAt } from './bare-regency';
import { isRegionalShortHead } from '../regional-names';
import { F_DIRECTION, F_PLACE_PREFIX } from './word-class';
import { isBareProvinceDesignation } from '../../kb/regions';

/** Token j, right after the organisation head i, ends the organisation's name: a title
 *  stands before i (it introduces a holder), i is a regional body's short head, and j and the word after it are a name of two words that is
 *  no place (none known, a regency named bare, a place prefix or a direction). One unknown
 *  word after the head is rather a region the KB lacks ("Pemprov Kaltara"). */
export function shortHeadEndsBefore(ctx: Ctx, i: number, j: number): boolean {
  if (!ctx.titleCue || !(isRegionalShortHead(word(ctx, i)) || BODY_SHORT_HEADS.has(low(ctx, i)))) return false;
  // "Kepala Disdik DKI Nahdiana": after the head and "DKI" (the province, which the KB does
  // not know alone) the body is named; as after a region the KB knows ("Dishub Jabar").
  if (j === i + 2) return isBareProvinceDesignation(word(ctx, i + 1)) && notAPlace(ctx, j);
  if (j !== i + 1 || j + 1 >= ctx.nt || !adjacent(ctx, j, j + 1)) return false;
  return notAPlace(ctx, j) && notAPlace(ctx, j + 1) && !has(ctx, j + 1, F_DIRECTION);
}

/** Short heads that are a national body's whole name as news writes it, as a regional
 *  body's are: "Wakil Ketua Komdis Rahmat Hariyanto" (Komisi Disiplin, of a sports federation
 *  the article names; fix49a: read as one body "Komdis Rahmat Hariyanto"). */
const BODY_SHORT_HEADS: ReadonlySet<string> = new Set(['komdis']);

// ("DKI" alone is Jakarta's province, though the KB does not alias it: "Kepala Dishub DKI
// Syafrin Liputo" is the Jakarta office's head.)
function notAPlace(ctx: Ctx, k: number): boolean {
  return !has(ctx, k, F_PLACE_PREFIX) && !isBareProvinceDesignation(word(ctx, k)) && kbMatch(ctx, k) === null && bareRegencyAt(ctx, k) === null;
}
