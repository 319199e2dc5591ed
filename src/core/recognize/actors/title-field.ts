// "Direktur Tindak Pidana Siber Bareskrim Polri", "Deputi Bidang Pengembangan Penanaman Modal
// Kementerian Investasi …", "Direktur Kerja Sama Politik dan Keamanan ASEAN": a title names
// its field in words no list can hold, and the body it belongs to follows right after. So
// where a title's own words stop, up to MAX_FIELD_WORDS more capitalised words (one " dan "
// among them) are still the title's when a body closes them: a word the KB knows as an
// organisation or an organisation's head. Without that body the words may be the holder's
// name ("Kepala Bidang Tanaman Pangan Budi Santoso"), so they are left alone; so are they
// when the name model reads them as a person's name before the body ("Ketua Umum Rudi
// Hartono Partai Buruh Sejahtera": the holder's name, then the party). After "Pengawas"
// the field may open with a body's head ("Pengawas Lembaga Pembiayaan OJK").
import { adjacent, danJoined, has, kbMatch, lowIs, type Ctx } from './ctx';
import { personMargin } from './person-after-body';
import { F_ACRONYM, F_ORG_HEAD, F_TITLE_HEAD } from './word-class';

const MAX_FIELD_WORDS = 3;

/** Token j is where title i's words stop: the token of the body closing a field of
 *  capitalised words from j, or j when there is no such field. */
export function titleFieldEnd(ctx: Ctx, i: number, j: number): number {
  if (j <= i + 1 || j >= ctx.nt || !adjacent(ctx, j - 1, j)) return j;
  let dan = false;
  for (let k = j; k < ctx.nt && k - j <= MAX_FIELD_WORDS; k++) {
    if (k > j && !adjacent(ctx, k - 1, k)) {
      if (dan || !danJoined(ctx, k)) return j;
      dan = true;
    }
    const m = kbMatch(ctx, k);
    if (k > j && (has(ctx, k, F_ORG_HEAD) || (m && m.entity.type === 'ORG'))) return k - j >= 2 && personMargin(ctx, j, k) > 0 ? j : k;
    if (m || has(ctx, k, (k === j && supervisorOf(ctx, j) ? 0 : F_ORG_HEAD) | F_TITLE_HEAD | F_ACRONYM) || k - j === MAX_FIELD_WORDS) return j;
  }
  return j;
}

/** "Kepala Eksekutif Pengawas Lembaga Pembiayaan OJK": after "Pengawas" (supervisor) the
 *  field is the sector supervised, which may open with a body's head ("Lembaga Pembiayaan",
 *  the finance companies); the body closing it is the supervisor's. Elsewhere a body's
 *  head right after the title starts the body ("Ketua Lembaga Adat …"). */
function supervisorOf(ctx: Ctx, j: number): boolean {
  return lowIs(ctx, j - 1, 'pengawas');
}
