// "Presiden", "Menteri Luar Negeri", "Juru Bicara": a title (with its title words) is no
// actor, and the next unknown name after it is a person.
import { adjacent, danJoined, has, kbMatch, low, lowIs, type Ctx } from '../ctx';
import { MINISTER_TITLES } from '../../lexicon';
import { titleFieldEnd } from '../title-field';
import { opensRegionalGovernment } from '../extents';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { imamOpensName } from '../imam-name';
import { isMayorsKota } from '../mayor-title';
import { isOfficeUnitName } from '../../short-office-titles';
import { wholeTitleWordAt } from '../whole-title-words';
import { titleUnitNounEnd } from '../title-unit-noun';
import { F_ACRONYM, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';
import { isPartyNoun } from '../../proceeding-parties';
import { isRomanNumeral } from '../../../text/roman-numerals';

export const title: ActorRule = {
  name: 'title',
  cues: CUES_TITLE,
  gate: F_TITLE_HEAD,
  apply(ctx, i) {
    if (!has(ctx, i, F_TITLE_HEAD) || (ctx.mode === 'credit' && i >= ctx.valueFrom)) return NO_MATCH;
    // ("notaris Imam Syahroni": a given name, imam-name.ts)
    if (imamOpensName(ctx, i)) return NO_MATCH;
    // "Perdana Putra mengaku …", "Sutradara Perdana Kartawiyudha": a word that is a title's
    // only inside its whole title ("Perdana Menteri") opens a name elsewhere, first word too.
    if (!wholeTitleWordAt(ctx, i)) return NO_MATCH;
    let j = i + 1;
    // ("Kepala Bagian Umum Pemerintah Kabupaten Buleleng": the title ends before the
    // government it serves, extents.ts)
    while (j < ctx.nt && !opensRegionalGovernment(ctx, j) && (((adjacent(ctx, j - 1, j) || (j > i + 1 && (joinedByDan(ctx, j) || inTitleList(ctx, j)))) &&
      ((has(ctx, j, F_TITLE_WORD | F_TITLE_HEAD) && wholeTitleWordAt(ctx, j)) || publicRelations(ctx, j) || fieldAfterBidang(ctx, i, j)) &&
      (!kbMatch(ctx, j) || isMayorsKota(ctx.p, ctx.ts[j], ctx.te[j])) && (!has(ctx, j, F_ORG_HEAD) || ministersPortfolio(ctx, j) || publicRelations(ctx, j) || cabinetSecretary(ctx, j))) ||
      officeUnit(ctx, j))) j++;
    // "Kepala Sekolah Sutrisno": the unit's bare noun is the title's (title-unit-noun.ts).
    if (j > i) j = titleUnitNounEnd(ctx, j);
    // "Teradu II": a party's number is its title's, no name (proceeding-parties.ts).
    if (partyNumber(ctx, j)) return j + 1;
    return titleFieldEnd(ctx, i, j);
  },
};

/** Token j is a Roman numeral right after a party of a proceeding ("Terlapor I"). */
function partyNumber(ctx: Ctx, j: number): boolean {
  return j < ctx.nt && adjacent(ctx, j - 1, j) && isPartyNoun(low(ctx, j - 1)) && isRomanNumeral(ctx.p.slice(ctx.ts[j], ctx.te[j]));
}

/** "Direktur Jenderal Industri Logam, Mesin, dan Elektronika": subject words of a title in a
 *  list ("," or ", dan" before a title word that is no head). */
function inTitleList(ctx: Ctx, j: number): boolean {
  const from = ctx.te[j - 1];
  const gap = ctx.ts[j] - from;
  return (gap === 2 || gap === 6) && ctx.p.startsWith(gap === 2 ? ', ' : ', dan ', from) && has(ctx, j, F_TITLE_WORD) && !has(ctx, j, F_TITLE_HEAD);
}

/** "Menteri Pemuda dan Olahraga", "Menteri Haji dan Umrah": two title words joined by "dan"
 *  belong to one title (only after the head's first title word, so that "Presiden dan
 *  Menteri" is not one title). */
function joinedByDan(ctx: Ctx, j: number): boolean {
  return danJoined(ctx, j) && has(ctx, j, F_TITLE_WORD);
}

/** "Menteri Koperasi", "Wamenkop": right after a minister's title, a portfolio that is also a
 *  body's head ("Koperasi …") is the title's; after any other title it starts the body
 *  ("Ketua Koperasi Produsen …"). */
function ministersPortfolio(ctx: Ctx, j: number): boolean {
  return has(ctx, j, F_TITLE_WORD) && MINISTER_TITLES.has(low(ctx, j - 1));
}

/** "Kasi Pidsus", "Kasat Reskrim": a unit's short name right after the title's words is the
 *  title's (short-office-titles.ts), not a person's name ("Pidsus" was a person). */
function officeUnit(ctx: Ctx, j: number): boolean {
  return adjacent(ctx, j - 1, j) && isOfficeUnitName(low(ctx, j)) && !kbMatch(ctx, j);
}

/** "Sekretaris Kabinet", "Kepala Sekretaris Kabinet": "Kabinet" right after "Sekretaris" is
 *  the office's (Indonesia's cabinet secretary, Japan's chief cabinet secretary); elsewhere
 *  it heads a body's name ("Kabinet Merah Putih", "Kabinet Mahasiswa"), and the holder's name
 *  after the title was read as that body ("Kabinet Yuko Nakamura"). */
function cabinetSecretary(ctx: Ctx, j: number): boolean {
  return lowIs(ctx, j, 'kabinet') && lowIs(ctx, j - 1, 'sekretaris');
}

/** "Manajer Hubungan Masyarakat": "Masyarakat" is a title word only after "Hubungan"
 *  (elsewhere it heads a body's name: "Masyarakat Transportasi Indonesia"). */
function publicRelations(ctx: Ctx, j: number): boolean {
  return lowIs(ctx, j, 'masyarakat') && lowIs(ctx, j - 1, 'hubungan');
}

/** Words after "Bidang" inside a title name its field ("Deputi Bidang Meteorologi BMKG",
 *  "Kepala Bidang Tanaman Pangan"), whatever the field: up to two words, none a known name
 *  (the body after the title stops the field), a body's head, a title head or all capitals. */
function fieldAfterBidang(ctx: Ctx, i: number, j: number): boolean {
  if (!adjacent(ctx, j - 1, j) || has(ctx, j, F_ORG_HEAD | F_TITLE_HEAD)) return false;
  let field = false;
  for (let k = j - 1; k > i && k >= j - 2 && !field; k--) field = lowIs(ctx, k, 'bidang');
  return field && !kbMatch(ctx, j) && !has(ctx, j, F_ACRONYM);
}

