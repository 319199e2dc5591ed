// A name the KB knows: longest alias at the token (see KbIndex.matchAt). A title or
// place cue survives it ("Juru bicara Kremlin Dmitry Peskov").
import { isAsciiLetter } from '../../../text/chars';
import { romanNumeralAfterLowerWord } from '../roman-numeral-alias';
import { adjacent, emitKb, has, kbMatch, lowIs, pushMention, word, wordIs, type Ctx } from '../ctx';
import { cementCompanyEnd } from '../cement-company';
import { bareRegencyAt } from '../bare-regency';
import { countryOffice } from '../country-office';
import { slashAliasEnd } from '../slash-alias';
import { sentenceStarterSurname } from '../surname-run';
import { foreignNationalBodyEnd } from '../foreign-state-body';
import { acronymAfter, regionAfter, unknownExtent } from '../extents';
import { CUSTOMS_ID, takeCustomsPort } from '../customs-office';
import type { KbEntity } from '../../../kb/types';
import type { KbMatch } from '../../../kb/kb-index';
import { CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';
import { ELECTION_BODY_DESCRIPTIONS, PROVINCE, REGION_PREFIXES } from '../../regional-names';
import { F_ACRONYM, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_PLACE_PREFIX, F_SENTENCE_STARTER, F_TITLE_HEAD, F_UPPER_CASE, G_MASK } from '../word-class';
import { bodyBranchEnd } from '../body-branch';
import { carriesSecondSurname } from '../second-surname';
import { afterLowerFeatureHead } from '../feature-named-after-place';
import { seatAfterKecamatan } from '../seat-kecamatan';
import { seatReadAsName, worldCityAsSurname } from '../seat-as-name';
import { isMayorsKota } from '../mayor-title';
import { roleWordBeforeApposedName } from '../role-word-surname';
import { isNeighbourhoodUnit } from '../neighbourhood-unit';
import { sportNamedLikePlace } from '../sport-named-like-place';
import { paperAfterPlace } from '../regional-newspaper';
import { SEARCH_RESCUE_OFFICE } from '../../search-rescue-office';

const INSTITUTION = /^(?:Universitas|Universiti|Institut|Sekolah|Akademi|Politeknik|University|Institute)\b/;
/** National bodies whose offices in a region are named otherwise (official names). */
/** National bodies whose provincial offices are named "… Provinsi <province>": the election
 *  commission, its supervisor, the zakat agency (by their KB descriptions). */
const PREFIXED_PROVINCIAL_OFFICES = new RegExp(`^(?:${ELECTION_BODY_DESCRIPTIONS}|National zakat agency) of Indonesia$`);
const REGIONAL_OFFICE_TITLES = new Map([
  ['kementerian-agraria-dan-tata-ruang-badan-pertanahan-nasional', 'Kantor Pertanahan'],
  ['badan-nasional-pencarian-dan-pertolongan', SEARCH_RESCUE_OFFICE],
]);
/** National bodies whose regional offices are named with a branch word before the region
 *  even where the text leaves it out ("Ombudsman Jatim" → Ombudsman Republik Indonesia
 *  Perwakilan Jawa Timur, as "Ombudsman RI Perwakilan Sumatera Barat" is written). */
const REGIONAL_BRANCH_WORDS = new Map([
  ['ombudsman-republik-indonesia', 'Perwakilan'],
]);
const NOT_A_SURNAME = F_ACRONYM | F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD | F_TITLE_HEAD | F_SENTENCE_STARTER | F_PLACE_PREFIX;

export const kbName: ActorRule = {
  name: 'kb-name',
  cues: CUES_KEEP,
  gate: G_MASK,
  apply(ctx, i) {
    const m = kbMatch(ctx, i);
    if (!m) return NO_MATCH;
    const { ts, nt } = ctx;
    // "indeks Straits Times", "indeks Nikkei": a market index, no mention of its namesake;
    // "sungai Mississippi": a river, whose namesake is not meant (feature-named-after-place.ts).
    // "Ketua RT 05": a neighbourhood unit, not the TV network (neighbourhood-unit.ts);
    // "cabang Kano Slalom": the canoe, not the Nigerian state (sport-named-like-place.ts).
    // "Kecamatan Taliwang", "Bandara Sentani": the kecamatan, the unit or the feature named
    // like a regency's seat (seat-kecamatan.ts).
    if (afterIndexWord(ctx.p, ts[i]) || (m.entity.type === 'GPE' && (afterLowerFeatureHead(ctx.p, ts[i], m.entity) || sportNamedLikePlace(ctx.p, ts[i], m.end) ||
        seatAfterKecamatan(ctx.p, ts[i], m.entity))) ||
        isNeighbourhoodUnit(ctx.p, ts[i], m.end, ctx.kb)) {
      let next = i + 1;
      while (next < nt && ts[next] < m.end) next++;
      return next;
    }
    // "SEMEN PADANG KALAHKAN PERSIB": in a headline in capitals (read for KB names only) the
    // cement company (or its club) before the place is the name, not the city (cement-company.ts).
    if (m.entity.type === 'GPE' && ctx.mode === 'kbOnly' && i > 0 && cementCompanyEnd(ctx, i - 1) === m.end) {
      pushMention(ctx, ts[i - 1], m.end, 'ORG', 'pattern');
      let next = i + 1;
      while (next < nt && ts[next] < m.end) next++;
      return next;
    }
    // "Balai Kota Banjarmasin" (the city hall): "Kota" is the hall's, the city follows; so
    // in a headline's "Wali Kota Solo", where no title rule takes the mayor's title first.
    if (i > 0 && wordIs(ctx, i, 'Kota') && ((adjacent(ctx, i - 1, i) && lowIs(ctx, i - 1, 'balai')) || isMayorsKota(ctx.p, ts[i], ctx.te[i])) && m.alias.startsWith('Kota ')) return i + 1;
    let next = i + 1;
    while (next < nt && ts[next] < m.end) next++;
    // "Menurut Soe Hok Gie", "Praya mengatakan": a seat that is a person's name here; the
    // unknown-name rule reads the person (seat-as-name.ts).
    if (seatReadAsName(ctx, i, next, m)) return NO_MATCH;
    if (m.entity.type === 'PER') {
      // "siswi kelas XI": a grade, not Xi Jinping (roman-numeral-alias.ts).
      if (romanNumeralAfterLowerWord(ctx, i, m)) return next;
      // "Kiper, Rahmat Hidayat, …": the role word of the person in apposition (role-word-surname.ts).
      if (roleWordBeforeApposedName(ctx, i, m)) return NO_MATCH;
      // "Fransiskus Taolin", "Retno Wulandari": a KB first name before a surname that is not
      // the KB person's is another person (the unknown-name rule takes the whole name).
      if (ctx.mode !== 'kbOnly' && next === i + 1 && next < nt && adjacent(ctx, i, next) && ctx.p.charCodeAt(m.end) === 32 &&
          !kbNameAfterGivenName(ctx, next) && (!has(ctx, next, NOT_A_SURNAME) || sentenceStarterSurname(ctx, next, NOT_A_SURNAME)) && m.alias.indexOf(' ') < 0 &&
          !(isFirstWordOf(m.alias, m.entity.canonical) && m.entity.canonical.includes(word(ctx, next)))) return NO_MATCH;
      if (longerNamesake(ctx, next, m)) {
        // ("Gabriel Boric Font": the mother's surname of a person of Iberian naming is the same
        // person's, read into the KB mention; second-surname.ts)
        if (!carriesSecondSurname(m.entity)) return NO_MATCH;
        const before = ctx.out.length;
        emitKb(ctx, i, m);
        if (ctx.out.length > before) ctx.out[ctx.out.length - 1].end = ctx.te[next];
        return next + 1;
      }
    }
    // "Riau Pos", "Bali Post": a regional daily named by its region (regional-newspaper.ts).
    if (m.entity.type === 'GPE') {
      const paper = paperAfterPlace(ctx, i, m.end);
      if (paper >= 0) return paper;
    }
    const emitted = emitKb(ctx, i, m);
    if (m.entity.type !== 'ORG') return emitted;
    const j = foreignNationalBodyEnd(ctx, slashAliasEnd(ctx, emitted));
    // "dari Fraksi Partai NasDem, Amelia …": the place word before a body was the body's; the
    // name after it is no place.
    ctx.placeCue = false;
    const office = countryOffice(ctx, j, m.entity);
    if (office > j) return office;
    const k = regionalBody(ctx, j, m.entity);
    // "Palang Merah Indonesia (PMI)": the acronym in brackets is the body, even one that
    // alone is no actor (PMI, pekerja migran); a region after it makes both the regional
    // office ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjarnegara").
    return k === j && j < nt ? acronymAfter(ctx, j, ctx.out.length - 1) : k;
  },
};

/** "H. Muhammad Yunus Pabbicara": a known person's full name of two words or more with a
 *  further surname right after it, which the known person's name does not carry, is a longer
 *  name, a namesake's (the unknown-name rule takes it whole); "Sri Mulyani Indrawati" stays
 *  the KB's (dev d362). */
function longerNamesake(ctx: Ctx, next: number, m: KbMatch): boolean {
  return ctx.mode !== 'kbOnly' && m.alias.indexOf(' ') > 0 && next < ctx.nt && adjacent(ctx, next - 1, next) && ctx.p.charCodeAt(m.end) === 32 &&
    !kbMatch(ctx, next) && !has(ctx, next, NOT_A_SURNAME) && !has(ctx, next, F_UPPER_CASE) && !m.entity.canonical.includes(word(ctx, next)) &&
    !(next + 1 < ctx.nt && adjacent(ctx, next, next + 1));
}

/** `alias` is the first word of `canonical` ("Airlangga" of "Airlangga Hartarto"): then it
 *  is the person's own first name, not one to share with a stranger. No allocation: this
 *  runs for every one-word KB person. */
function isFirstWordOf(alias: string, canonical: string): boolean {
  return canonical.length > alias.length && canonical.charCodeAt(alias.length) === 32 && canonical.startsWith(alias);
}

/** "KPU Kabupaten Serang", "Bawaslu Kota Bandung": a body with its region is one
 *  organisation, named after the national one plus the region. */
function regionalBody(ctx: Ctx, j: number, body: KbEntity): number {
  const { ts, te, nt } = ctx;
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'ORG' || j >= nt || te[j - 1] !== last.end || !adjacent(ctx, j - 1, j)) return j;
  let k = bodyBranchEnd(ctx, j);
  if (k !== j) return k < 0 ? j : k;
  if (has(ctx, j, F_PLACE_PREFIX) && REGION_PREFIXES.has(word(ctx, j)) && j + 1 < nt && adjacent(ctx, j, j + 1)) {
    k = unknownExtent(ctx, j + 1);
    const place = kbMatch(ctx, j + 1);
    if (place) { k = j + 2; while (k < nt && ts[k] < place.end) k++; }
    if (k <= j + 1) return j;
  } else {
    // "BPN Kendal", "Bulog Nusa Tenggara Barat": a region the KB knows, without its prefix;
    // not after a university ("Universitas Hasanuddin Makassar": its city is no part of it).
    const entity = last.entityId === undefined || INSTITUTION.test(last.canonical) ? undefined : body;
    k = regionAfter(ctx, j, entity?.description.en ?? '');
    // "Bea Cukai Kualanamu": a customs office named for its port (customs-office.ts)
    if (k === j && body.id === CUSTOMS_ID) return takeCustomsPort(ctx, j);
    if (k === j) return j;
  }
  const end = te[k - 1];
  // "Apindo Jabar", "Polda NTB": the region by its KB name ("Jawa Barat"), as written only
  // when the KB does not know it as one name.
  const prefixed = wordIs(ctx, j, 'Provinsi') && j + 1 < k;
  const region = kbMatch(ctx, prefixed ? j + 1 : j) ?? bareRegencyAt(ctx, prefixed ? j + 1 : j);
  // ("Kantor Pertanahan Kota Bima": a city written with its prefix keeps it in the body's
  // name, though the city itself is named bare, "Bima")
  const city = wordIs(ctx, j, 'Kota') && region != null && !region.entity.canonical.startsWith('Kota ') && region.start === ts[j];
  // "Bawaslu Sulsel", "Baznas Sulawesi Barat": the law names these offices with the province's
  // prefix ("Bawaslu Provinsi"), and so do the sets, written with it or not (dev d71, d244).
  const province = prefixed || (region != null && PREFIXED_PROVINCIAL_OFFICES.test(body.description.en) && PROVINCE.test(region.entity.description.en));
  const regionName = region && region.entity.type === 'GPE' && region.end === end
    ? `${province ? 'Provinsi ' : city ? 'Kota ' : ''}${region.entity.canonical}` : ctx.p.slice(ts[j], end);
  // "BPN Kendal", "Basarnas Mataram": bodies whose regional offices have a name of their own.
  const office = REGIONAL_OFFICE_TITLES.get(body.id);
  const branch = REGIONAL_BRANCH_WORDS.get(body.id);
  last.canonical = office !== undefined && region ? `${office} ${regionName}` : `${last.canonical} ${branch !== undefined ? `${branch} ` : ''}${regionName}`;
  last.end = end;
  last.alias = undefined;
  last.entityId = undefined;
  last.source = 'pattern';
  return k;
}

/** The word before `start` is a lower-case "indeks" or "index" ("indeks Hang Seng"). */
export function afterIndexWord(p: string, start: number): boolean {
  // (no read before the text's start: the optimizing compiler assumes none, and the first
  // one costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (start < 1) return false;
  if (p.charCodeAt(start - 1) !== 32) return false;
  const from = p.startsWith('indeks', start - 7) ? start - 7 : p.startsWith('index', start - 6) ? start - 6 : -1;
  return from >= 0 && (from === 0 || !isAsciiLetter(p.charCodeAt(from - 1)));
}

/** Token `next`, after a KB person's one-word alias, is a KB name of its own (the known
 *  person stays), unless it is a foreign town of the generated gazetteer, a surname there:
 *  "Fransiskus Gebze" is someone the KB does not know (seat-as-name.ts). */
function kbNameAfterGivenName(ctx: Ctx, next: number): boolean {
  const m = kbMatch(ctx, next);
  return m !== null && !worldCityAsSurname(ctx, next, m);
}
