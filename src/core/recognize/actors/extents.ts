// Where a name that starts at a token ends: organisation names from their head, unknown
// names up to the next known name, title or head, and an acronym in brackets after a
// name.
import { kingdomEpithetEnd } from './kingdom-name';
import { wordAfter, wordBefore } from '../../text/chars';
import { namesakeOfKbPerson } from './kb-surname-namesake';
import { isCountry } from '../../kb/country';
import { aliasIsGivenName, givenNameShape } from './given-name-alias';
import { placeEndsTitledName, worldCityAsSurname } from './seat-as-name';
import { isGeneratedWorldCity } from '../../kb/builtin';
import { adjacent, emitKb, has, isSentenceInitial, kbMatch, low, lowIs, particleJoined, wordIs, type Ctx } from './ctx';
import { bareRegencyAt } from './bare-regency';
import { companyUnitEnd, unitInFull } from './company-unit';
import { honorific } from './rules/honorific';
import { NO_MATCH } from './rule';
import { regionKind } from '../regional-names';
import { clubEndsBefore } from './club-then-person';
import { committeeOfTrade } from './committee-of-trade';
import { jointOfficeGoesOn } from './joint-office';
import { rankedNameGoesOn } from './ranked-name';
import { isRankBranchCode } from './rules/rank-branch-code';
import { titleWordIsSurname } from './title-word-surname';
import { shortFormInBracketsEnd } from './short-form-in-brackets';
import { TITLE_HEAD_WORDS, REGION_HEAD_TITLE_WORDS, PLACE_PREPOSITION_WORDS, SPEECH_VERB_WORDS, ADDRESS_TERMS, ADDRESS_WORDS, ASSOCIATION_HEADS, BOARD_HEADS, BOARD_LEVELS, COMPANY_BRANCH_WORDS, EVENT_TAILS, GROUP_HEADS, MEMBER_TRADES, POST_CUE_WORDS, UNIVERSITY_HEADS } from '../lexicon';
import type { LocalMention } from '../mention';
import { HOSPITAL_ABBREVIATIONS, PUBLIC_HOSPITAL_TYPES, hospitalNamesakeWords, isHospitalNamesake } from '../hospital-names';
import { F_ACRONYM, F_DIRECTION, F_HONORIFIC, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_ORG_TAIL, F_PEMERINTAH, F_PLACE_PREFIX, F_SENTENCE_STARTER, F_TITLE_HEAD, F_TITLE_WORD, NOT_IN_A_PERSON_NAME } from './word-class';
import { branchTownEnd } from './branch-town';
import { compoundGivenNameAt } from './compound-given-name';
import { hyphenatedSurnameAt } from './hyphenated-surname';
import { romanNumeralInName } from './roman-numeral-alias';
import { shortHeadEndsBefore } from './short-head-region';
import { schoolStartsAt } from './rules/school-name';
import { designatorLetterEndsSentence } from './designator-letter';
import { readsAsPerson } from '../name-model';
import { hospitalTownInsideEnd } from './hospital-town';

const MAX_ORG_TOKENS = 10;
/** Hospitals' heads, lower-case ("RSUD", "Rumah Sakit"): hospitals are named after people. */
const HOSPITAL_HEADS = new Set([...HOSPITAL_ABBREVIATIONS.map((h) => h.toLowerCase()), 'rumah']);
/** Institutions that end before a city after their own name ("Universitas Khairun Ternate",
 *  "Museum Affandi Yogyakarta": the city is where they are, a mention of its own). */
const INSTITUTION_HEADS = new Set([...UNIVERSITY_HEADS, 'sekolah', 'museum', 'yayasan', 'perusahaan', 'bank', 'pondok', 'pesantren', 'ponpes', 'rumah',
  ...PUBLIC_HOSPITAL_TYPES.map((h) => h.toLowerCase())]);

/** Token j opens a body's name whose head the lexicon keeps out of ORG_HEADS, since alone
 *  it is a common noun: a regional government ("Pemerintah Kabupaten …", "Pemerintah Kota
 *  …": regional-government.ts reads it) or a legislature's faction ("Fraksi PKB"). After
 *  "dan" in an organisation's run such a word starts the next body: dev d441, d449 joined
 *  the two into one name. */
function opensGovernmentOrFaction(ctx: Ctx, j: number): boolean {
  if (j + 1 >= ctx.nt || !adjacent(ctx, j, j + 1)) return false;
  if (has(ctx, j, F_PEMERINTAH)) return opensRegionalGovernment(ctx, j);
  return lowIs(ctx, j, 'fraksi');
}

/** Token j opens a regional government's full name (regional-government.ts reads it):
 *  "Pemerintah" before a place's kind ("Pemerintah Kabupaten Buleleng", "Pemerintah Kota
 *  …") or a special region's designator ("Pemerintah Daerah Istimewa Yogyakarta", dev d18).
 *  A run read from a word before it (a title's words, a sentence-opening noun) ends there:
 *  "Kepala Bagian Umum Pemerintah Kabupaten …", "Rencana Pemerintah Kabupaten …" (dev d432,
 *  d503, d508) took "Pemerintah" along and left the regency alone. */
export function opensRegionalGovernment(ctx: Ctx, j: number): boolean {
  if (!has(ctx, j, F_PEMERINTAH) || j + 2 >= ctx.nt || !adjacent(ctx, j, j + 1) || !adjacent(ctx, j + 1, j + 2)) return false;
  if (has(ctx, j + 1, F_PLACE_PREFIX)) return true;
  return lowIs(ctx, j + 1, 'daerah') && (lowIs(ctx, j + 2, 'istimewa') || lowIs(ctx, j + 2, 'khusus')) && j + 3 < ctx.nt && adjacent(ctx, j + 2, j + 3);
}

/** Maximal organisation name from an ORG head: runs on over capitalised words (and
 *  "dan", "untuk", "for", "of" between them), takes a country qualifier and ends there
 *  ("Kementerian Pertahanan Rusia", "Dewan Keamanan PBB") unless a connector carries the
 *  name on ("Badan PBB untuk Pengungsi Palestina"), stops before a known person. An
 *  institution's city is not part of its name ("Universitas Khairun Ternate"). */
export function orgExtent(ctx: Ctx, i: number): number {
  const { ts, te, nt, p } = ctx;
  const head = low(ctx, i);
  const institution = INSTITUTION_HEADS.has(head);
  // "PT Jasamarga Semarang Batang", "PT Liga Indonesia Baru": a company's name runs on
  // over the places inside it (issue 13, pattern 4).
  const company = head === 'pt';
  // "Dinas Kesehatan, Kependudukan, dan Pencatatan Sipil Provinsi NTT": a body named by a
  // list of its remits runs on over the list's commas (maxOrgTokens allows for them).
  const listHead = LIST_HEADS.has(head);
  let inList = false;
  let j = i + 1;
  while (j < nt && j - i < (inList ? MAX_LIST_ORG_TOKENS : MAX_ORG_TOKENS)) {
    let connector = isConnector(p, te[j - 1], ts[j]);
    if (!connector && listHead && ts[j] - te[j - 1] <= 6 && p.charCodeAt(te[j - 1]) === 44) {
      const gap = p.slice(te[j - 1], ts[j]);
      connector = (gap === ', ' && remitListAt(ctx, j)) || (inList && gap === ', dan ');
      inList ||= connector;
    }
    // "Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Bandung": a special court sits
    // at a district court, one name.
    if (!connector && head === 'pengadilan' && p.slice(te[j - 1], ts[j]) === ' pada ' && lowIs(ctx, j, 'pengadilan')) { j++; continue; }
    // "Rumah Sakit Umum Pusat Dr. Taguka": an institution named after a doctor keeps the title's dot.
    if (!adjacent(ctx, j - 1, j) && !connector && !(institution && titleDot(ctx, j - 1, j)) && !doctorAfterHospital(ctx, i, j)) break;
    // ("RSUD dr. Zainoel Abidin Andi Rahman mengatakan": the hospital, then its title holder)
    if (!adjacent(ctx, j - 1, j)) {
      const holder = hospitalEndBeforeHolder(ctx, i, j);
      if (holder > 0) return holder;
    }
    // "Liga Arab dan Uni Afrika" is two names; "Kepala Balai … Yaba Simanjuntak dan Direktur
    // Eksekutif Walhi …": a title after the connector starts the next person's (dev d202).
    // "University of Michigan": an English institution "of" a place is named with the place.
    // "Yayasan Hutan Lestari dan Pemerintah Kabupaten Bone", "Partai Hijau dan Fraksi PKB":
    // a regional government or a faction after the connector is a body of its own (actors53).
    if (connector && (has(ctx, j, F_ORG_HEAD | F_TITLE_HEAD) || kbMatch(ctx, j) || opensGovernmentOrFaction(ctx, j)) && !jointOfficeGoesOn(ctx, i, j) &&
        !(institution && ofPlace(ctx, j))) break;
    // "Kepala Dishub Agustinus Mering": after a regional body's short head only its region.
    if (shortHeadEndsBefore(ctx, i, j)) break;
    // "di depan Kantor Gubernur Bali": a region's head's office is a building, no body (as
    // "Kantor Bupati Sikka" already was: "Bupati" is no word inside a name); its region is
    // the actor (dev d146, d429).
    if (j === i + 1 && head === 'kantor' && REGION_HEAD_TITLE_WORDS.hasAt(p, ts[j], te[j])) break;
    const m = kbMatch(ctx, j);
    if (m) {
      // "… Wilayah XI": a Roman numeral is the body's number, not a person's alias in capitals.
      if (m.entity.type === 'PER' && romanNumeralInName(ctx, j, m)) { j++; continue; }
      if (m.entity.type === 'PER') break;
      // ... but a country ends it ("Yayasan Lembaga Konsumen Indonesia"), and so does a city
      // after subject words only ("Institut Pertanian Bogor", "Universitas Negeri Malang").
      // ("RSUD Kota Yogyakarta", "RSUD Kabupaten Bekasi": a regional government's institution
      // is named with its region, "Kota"/"Kabupaten" and the place, whether or not the KB
      // knows the whole as one alias; it was cut into "RSUD Kota" and the city.)
      const regionNamed = institution && m.entity.type === 'GPE' && (lowIs(ctx, j - 1, 'kota') || lowIs(ctx, j - 1, 'kabupaten')) && adjacent(ctx, j - 1, j);
      // (A foreign town of the generated gazetteer stays inside: "Universitas Nasional
      // Asuncion" is Paraguay's university, named with its city as the original name is; no
      // Indonesian institution is named after a town abroad.)
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      // ("RSUD Cibinong Sehat Sentosa", "Rumah Sakit Cibinong Medika": a town right after a
      // hospital's type, more of the name after it, is inside the name; hospital-town.ts.)
      if (m.entity.type === 'GPE' && !isCountry(m.entity) && HOSPITAL_HEADS.has(head)) {
        const inside = hospitalTownInsideEnd(ctx, i, j, k);
        if (inside > 0) return inside;
      }
      if (institution && m.entity.type === 'GPE' && j > i + 1 && !isCountry(m.entity) && !isGeneratedWorldCity(m.entity) &&
          !onlySubjectWords(ctx, i + 1, j) && !regionNamed) return townPrefixBefore(ctx, i, j) ? j - 1 : j;
      if (regionNamed && !isCountry(m.entity)) return k;
      // "Bank Aceh Syariah", "Bank Jateng Syariah": a regional bank's sharia arm, a company of
      // its own, is named with "Syariah" after the region (dev d450).
      if (head === 'bank' && j === i + 1 && m.entity.type === 'GPE' && k < nt && adjacent(ctx, k - 1, k) && wordIs(ctx, k, 'Syariah')) return k + 1;
      // "Ikatan Bidan Indonesia Sulawesi Tengah", "Pengurus Daerah Ikatan Apoteker
      // Indonesia Provinsi Jambi": an association of Indonesia written with a region of it is
      // the region's chapter, one name (eval/README: a branch of a national body written with
      // its region is one ORG); the region was read alone.
      if (m.entity.canonical === INDONESIA && isCountry(m.entity) && associationNamed(ctx, i)) {
        const r = indonesianRegionEnd(ctx, k);
        if (r > k) return r;
      }
      // "Kesultanan Kutai Kartanegara Ing Martadipura": a kingdom's epithet after its seat (kingdom-name.ts).
      if (m.entity.type === 'GPE') {
        const epithet = kingdomEpithetEnd(ctx, i, k);
        if (epithet > k) return epithet;
      }
      // "Polresta Malang Kota", "Polresta Sorong Kota": an office named for a city as against the
      // regency of the same name ends in "Kota" (not "Kota Batu", another city; dev d109, d147).
      if (m.entity.type === 'GPE' && k < nt && adjacent(ctx, k - 1, k) && wordIs(ctx, k, 'Kota') && !isCountry(m.entity) &&
          !((kbMatch(ctx, k)?.end ?? 0) > te[k])) return k + 1;
      // "Kepala Riset PT Belenu Sekuritas Indonesia Hendrik Wiratama memperkirakan": after
      // a company's tail word ("Sekuritas"), the country closes its name; a name after it is
      // the person the title introduces.
      if (company && j > i + 1 && has(ctx, j - 1, F_ORG_TAIL) && isCountry(m.entity)) return k;
      if (company && m.entity.type === 'GPE' && k < nt && adjacent(ctx, k - 1, k) && !has(ctx, k, F_TITLE_HEAD | F_ORG_HEAD) &&
          kbMatch(ctx, k)?.entity.type !== 'PER') {
        j = k;
        continue;
      }
      // "PT Pertamina Patra Niaga Regional Saruru": a known company's subsidiary is named
      // with the company, and its name runs on; a unit of the company ("PT KAI Daop 8
      // Surabaya") is taken after the name (takeCompanySuffix), not as a subsidiary.
      if (company && m.entity.type === 'ORG' && j === i + 1 && k < nt && adjacent(ctx, k - 1, k) && !has(ctx, k, F_TITLE_HEAD | F_ORG_HEAD | F_NEVER_ACTOR) &&
          !kbMatch(ctx, k) && companyUnitEnd(ctx, k, true) === k) {
        j = k;
        continue;
      }
      // "Komisi II Dewan Perwakilan Rakyat Daerah Kalimantan Timur": a national body's name
      // with "Daerah" after it is its regional counterpart's (DPR, DPRD), and runs on.
      if (m.entity.type === 'ORG' && k < nt && adjacent(ctx, k - 1, k) && wordIs(ctx, k, 'Daerah')) {
        j = k + 1;
        continue;
      }
      // "Kantor Kementerian Agama Kabupaten Purwakarta", "Perum Bulog Nusa Tenggara Barat":
      // an Indonesian body with its region is its regional office (issue 13, pattern 5).
      if (m.entity.type === 'ORG') {
        const r = regionAfter(ctx, k, m.entity.description.en);
        if (r > k) return r;
      }
      if (k < nt && isConnector(p, te[k - 1], ts[k]) && p.slice(te[k - 1], ts[k]) !== ' dan ' &&
          !kbMatch(ctx, k)) {
        j = k;
        continue;
      }
      // "Institut Seni Indonesia Surakarta": after subject words and the country, the city of
      // an institution is part of its name, as after subject words alone ("Institut Pertanian Bogor").
      // So is the city of an Indonesian school abroad, named by the country alone ("Sekolah
      // Indonesia Kota Kinabalu", dev d292).
      if (institution && isCountry(m.entity) && (j > i + 1 ? onlySubjectWords(ctx, i + 1, j) : head === 'sekolah') &&
          k < nt && adjacent(ctx, k - 1, k)) {
        const city = kbMatch(ctx, k);
        if (city && city.entity.type === 'GPE' && !isCountry(city.entity)) {
          let r = k + 1;
          while (r < nt && ts[r] < city.end) r++;
          return r;
        }
      }
      // "Pusat Kajian Eropa Universitas Indonesia": a unit's name, then the university it
      // belongs to, is one name.
      if (UNIT_HEADS.has(head) && k < nt && adjacent(ctx, k - 1, k)) {
        const parent = kbMatch(ctx, k);
        if (parent && parent.entity.type === 'ORG' && PARENT_INSTITUTION.test(parent.entity.canonical)) {
          let r = k + 1;
          while (r < nt && ts[r] < parent.end) r++;
          return r;
        }
      }
      return k;
    }
    // "Universitas Sultan Ageng Tirtayasa": an institution may be named after a person.
    // "Gabungan Pengusaha Kelapa Sawit Indonesia", "Ikatan Wartawan …": an association named
    // for its members' trade, not a title before a person.
    if (has(ctx, j, F_TITLE_HEAD) && !has(ctx, j, F_TITLE_WORD) && !institution && !membersTrade(ctx, i, j) && !committeeOfTrade(ctx, i, j) &&
        !(company && addressWordInCompanyName(ctx, j))) break;
    if (company && goldEndsTitledCompany(ctx, i, j)) return j + 1;
    j++;
  }
  return j;
}

/** "PT Benang Mas Nusantara Tbk", "PT Sinar Mas": inside a company's name a term of address
 *  is a word of the name when no person's name follows it (the run ends there, or the name
 *  model does not read the words after it as a person's: "PT Abadi Pak Budi Santoso" keeps
 *  the title). "Mas" is also the word for gold, common in companies' names, where the model
 *  reads a single word after it ("Nusantara", "Raya") as a given name: it stays (dev d367). */
function addressWordInCompanyName(ctx: Ctx, j: number): boolean {
  const w = low(ctx, j);
  if (!ADDRESS_TERMS.has(w)) return false;
  let r = j + 1;
  while (r < ctx.nt && adjacent(ctx, r - 1, r) && !has(ctx, r, F_TITLE_HEAD | F_ORG_HEAD) && !kbMatch(ctx, r)) r++;
  return r === j + 1 ? !(r < ctx.nt && adjacent(ctx, j, r)) : w === GOLD_NOT_ADDRESS || !readsAsPerson(ctx.p, ctx.ts[j + 1], ctx.te[r - 1]);
}
/** The term of address that is also the word for gold: inside a company's name it is a word
 *  of the name whatever follows (but see goldEndsTitledCompany). */
const GOLD_NOT_ADDRESS = 'mas';

/** "Presiden Direktur PT Sinar Mas Franky Oesman Widjaja mengatakan": a title before the
 *  company (head i) names its holder after the company's name, so "Mas" (gold) at j followed
 *  by two or more words that read as a person's name ends the company there (review48b),
 *  unless "Mas" opens the company's name. */
function goldEndsTitledCompany(ctx: Ctx, i: number, j: number): boolean {
  // (a word of the company's own before it: "PT Mas Agung Jaya" is named by its gold)
  if (j < i + 2 || !lowIs(ctx, j, GOLD_NOT_ADDRESS)) return false;
  let r = j + 1;
  while (r < ctx.nt && adjacent(ctx, r - 1, r) && !has(ctx, r, F_TITLE_HEAD | F_ORG_HEAD) && !kbMatch(ctx, r)) r++;
  if (r - (j + 1) < 2 || !readsAsPerson(ctx.p, ctx.ts[j + 1], ctx.te[r - 1])) return false;
  const t = wordBefore(ctx.p, ctx.ts[i]);
  return t !== null && t.end === ctx.ts[i] - 1 && TITLE_HEAD_WORDS.hasAt(ctx.p, t.start, t.end);
}

/** Token j, right after the association head i and followed by more of the name, is the
 *  trade of its members ("Asosiasi Pengusaha Truk Indonesia"). */
function membersTrade(ctx: Ctx, i: number, j: number): boolean {
  return j === i + 1 && j + 1 < ctx.nt && adjacent(ctx, j, j + 1) && ASSOCIATION_HEADS.has(low(ctx, i)) && MEMBER_TRADES.has(low(ctx, j));
}

/** Token i is a title abbreviated with a dot right before token j ("Dr. Sardjito"). */
function titleDot(ctx: Ctx, i: number, j: number): boolean {
  return ctx.ts[j] - ctx.te[i] === 2 && ctx.p.charCodeAt(ctx.te[i]) === 46 && ctx.p.charCodeAt(ctx.te[i] + 1) === 32 && has(ctx, i, F_TITLE_HEAD);
}
/** "RSUD dr. Slamet", "RSD dr. Soebandi", "Rumah Sakit Umum drg. Suyoto": a hospital named after a
 *  doctor keeps the title written lower-case ("dr.", "drg."), which is no token of the run
 *  (only capitalised words are), between its head words and the doctor's name (dev d100, d332). */
function doctorAfterHospital(ctx: Ctx, i: number, j: number): boolean {
  if (!HOSPITAL_HEADS.has(low(ctx, i))) return false;
  const gap = ctx.p.slice(ctx.te[j - 1], ctx.ts[j]);
  // "RSUD dr. T.C. Hillers": the doctor's initials, each a capital and its dot (dev d319).
  if (!(gap === ' dr. ' || gap === ' drg. ') &&
      !((gap === '.' || gap === '. ') && ctx.te[j - 1] - ctx.ts[j - 1] === 1 && j - 1 > i && /\bdrg?\. (?:[A-Z]\. ?)*$/.test(ctx.p.slice(ctx.ts[i], ctx.ts[j - 1])))) return false;
  return !doctorHoldsTitleAndSpeaks(ctx, i, j);
}
/** How many words before a hospital a title phrase may start ("Kabid Pelayanan", "Dokter jaga",
 *  "Direktur Utama"). */
const TITLE_PHRASE_REACH = 3;
/** Words before a hospital that name its side, not a holder's title: "Pihak RSUD dr. Soetomo
 *  mengatakan", "Manajemen RSUP dr. Sardjito membantah": the hospital speaks. */
const HOSPITAL_SIDE_WORDS = new Set(['pihak', 'manajemen', 'humas']);
/** A hospital's staff, no title heads elsewhere, that open a title phrase before it ("Dokter jaga RSUD …"). */
const HOSPITAL_STAFF_WORDS = new Set(['dokter', 'perawat', 'bidan']);

/** The doctor named from token j after hospital head i is the holder of the title phrase
 *  before the hospital and speaks ("Kabid Pelayanan RSUD dr. Yuni Astuti mengatakan"), not the
 *  hospital's namesake. All must hold, since hospitals speak and refuse as institutions too
 *  ("Perawat RSUD dr. Moewardi Solo menyambut", "dokter RSUP dr. Cipto Mangunkusumo menyebut"):
 *  a title phrase stands before the hospital, a speech verb follows the name, the word before
 *  the hospital is no word of its side (pihak, manajemen), and the name has no namesake shape:
 *  one word (hospitals bear one name, "Moewardi", "Sardjito"; story persons two), a place after
 *  it ("Soetomo Surabaya"), or a known namesake (hospital-names.ts). The hospital's own holder
 *  after a comma ("Direktur RSD dr. Soebandi, dr. Hendro,") leaves the hospital whole. */
function doctorHoldsTitleAndSpeaks(ctx: Ctx, i: number, j: number): boolean {
  const { p, ts, te, nt } = ctx;
  let k = j;
  while (k + 1 < nt && adjacent(ctx, k, k + 1)) k++;
  if (k === j || isHospitalNamesake(p.slice(ts[j], te[k])) || namesakeThenHolder(ctx, j, k) > 0) return false;
  for (let r = j + 1; r <= k; r++) if (kbMatch(ctx, r) !== null) return false;
  const next = wordAfter(p, te[k]);
  if (next === null || next.start !== te[k] + 1 || !SPEECH_VERB_WORDS.hasAt(p, next.start, next.end)) return false;
  let at = ts[i];
  for (let n = 0; n < TITLE_PHRASE_REACH; n++) {
    const w = wordBefore(p, at);
    if (w === null || w.end !== at - 1 || p.charCodeAt(w.end) !== 32 || PLACE_PREPOSITION_WORDS.hasAt(p, w.start, w.end)) return false;
    const lw = p.slice(w.start, w.end).toLowerCase();
    if (n === 0 && HOSPITAL_SIDE_WORDS.has(lw)) return false;
    if (TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) || HOSPITAL_STAFF_WORDS.has(lw)) return true;
    at = w.start;
  }
  return false;
}
/** For the capitalised words j..k after a hospital's "dr.": how many a known namesake opening
 *  them takes when two or more words that read as a person's name follow it ("RSUD dr. Zainoel
 *  Abidin Andi Rahman mengatakan": the title phrase before the hospital is Andi Rahman's, review
 *  of session 49), else 0. None of the words may be a known name, a title or a body's head. */
function namesakeThenHolder(ctx: Ctx, j: number, k: number): number {
  const words: string[] = [];
  for (let r = j; r <= k && r < j + 2; r++) words.push(ctx.p.slice(ctx.ts[r], ctx.te[r]));
  const n = hospitalNamesakeWords(words);
  if (n === 0 || k - (j + n) < 1) return 0;
  for (let r = j + n; r <= k; r++) if (kbMatch(ctx, r) !== null || has(ctx, r, F_ORG_HEAD | F_TITLE_HEAD)) return 0;
  // (a speech verb after the words, or the name model's reading when none follows)
  const next = wordAfter(ctx.p, ctx.te[k]);
  const speaks = next !== null && next.start === ctx.te[k] + 1 && SPEECH_VERB_WORDS.hasAt(ctx.p, next.start, next.end);
  return speaks || readsAsPerson(ctx.p, ctx.ts[j + n], ctx.te[k]) ? n : 0;
}

/** The hospital head i named after a known doctor whose name starts at token j ends at the
 *  token it returns (after the namesake) when a person's name follows (namesakeThenHolder),
 *  else -1. */
function hospitalEndBeforeHolder(ctx: Ctx, i: number, j: number): number {
  if (!HOSPITAL_HEADS.has(low(ctx, i)) || j < i + 1) return -1;
  const gap = ctx.p.slice(ctx.te[j - 1], ctx.ts[j]);
  if (gap !== ' dr. ' && gap !== ' Dr. ' && gap !== ' dr ' && gap !== ' Dr ') return -1;
  let k = j;
  while (k + 1 < ctx.nt && adjacent(ctx, k, k + 1)) k++;
  const n = namesakeThenHolder(ctx, j, k);
  return n > 0 ? j + n : -1;
}

/** Words that open the name of a town on a river mouth, a cape or a bay before the river's
 *  or the region's name ("Kuala Kapuas", "Muara Teweh", "Tanjung Selor"). */
const TOWN_PREFIX_WORDS = new Set(['kuala', 'muara', 'tanjung', 'teluk', 'pangkalan', 'sungai']);

/** Token j-1, right before the place j that ends institution i's name, opens the town's name
 *  ("RSUD dr. H. Soemarno Sosroatmodjo Kuala Kapuas": the hospital ends before "Kuala", not
 *  after it), and a word of the name stands before it. */
function townPrefixBefore(ctx: Ctx, i: number, j: number): boolean {
  return j - 1 > i + 1 && adjacent(ctx, j - 1, j) && TOWN_PREFIX_WORDS.has(low(ctx, j - 1)) && adjacent(ctx, j - 2, j - 1);
}

/** Heads of a unit inside an institution, and the institutions it may belong to. */
const UNIT_HEADS = new Set(['pusat', 'fakultas', 'lembaga', 'laboratorium', 'departemen']);
const PARENT_INSTITUTION = /^(?:Universitas|Institut|University|Institute)\b/;

/** Heads of bodies named by a list of their remits, and the list's length allowance. */
const LIST_HEADS = new Set(['dinas', 'fakultas', 'badan', 'kementerian', 'direktorat', 'komisi', 'pusat', 'lembaga', 'balai', 'kantor',
  // "Persatuan Penulis Naskah, Sutradara, dan Penata Cahaya Panggung Indonesia": an
  // association named by a list of its members' trades.
  'persatuan', 'asosiasi', 'ikatan', 'himpunan', 'perhimpunan', 'gabungan', 'serikat', 'federasi']);
const MAX_LIST_ORG_TOKENS = 16;
const MAX_REMIT_WORDS = 8;

/** From token j on, capitalised words (joined by spaces or commas) that end a list with
 *  "dan"/", dan" before a further capitalised word, none of them a head, title or known
 *  name: "Kesehatan, Kependudukan, dan Pencatatan Sipil", not "Budi, Kementerian X, dan …". */
function remitListAt(ctx: Ctx, j: number): boolean {
  const { p, ts, te, nt } = ctx;
  for (let k = j; k < nt && k - j < MAX_REMIT_WORDS; k++) {
    // ("Kesehatan Masyarakat": a group's head inside a remit is a word of it.)
    if ((has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD) && !(k > j && GROUP_HEADS.has(low(ctx, k)))) || kbMatch(ctx, k)) return false;
    if (k + 1 >= nt) return false;
    const gap = p.slice(te[k], ts[k + 1]);
    if (gap === ' dan ' || gap === ', dan ') return !has(ctx, k + 1, F_ORG_HEAD | F_TITLE_HEAD) && !kbMatch(ctx, k + 1);
    if (gap !== ' ' && gap !== ', ') return false;
  }
  return false;
}
/** Words that say what an institution teaches or who runs it, not whom it is named after:
 *  a city after only these is part of the name ("Institut Teknologi Bandung"). */
const SUBJECT_WORDS = new Set(['negeri', 'pertanian', 'teknologi', 'islam', 'kristen', 'katolik', 'muhammadiyah', 'pendidikan',
  'kesehatan', 'seni', 'kesenian', 'sains', 'maritim', 'terbuka', 'agama', 'hukum', 'ekonomi', 'kedokteran', 'perikanan', 'kehutanan']);

/** Whether token k is a known place after an English "of" ("of the"): "University of Kansas". */
function ofPlace(ctx: Ctx, k: number): boolean {
  const gap = ctx.p.slice(ctx.te[k - 1], ctx.ts[k]);
  return (gap === ' of ' || gap === ' of the ') && kbMatch(ctx, k)?.entity.type === 'GPE';
}

function onlySubjectWords(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!SUBJECT_WORDS.has(low(ctx, k))) return false;
  return true;
}

const INDONESIAN_BODY = /Indonesia/;
const INDONESIA = 'Indonesia';

/** The organisation opening at token i is an association ("Ikatan …", "Persatuan …"), or an
 *  association's board written out ("Pengurus Daerah Ikatan …"). */
function associationNamed(ctx: Ctx, i: number): boolean {
  if (ASSOCIATION_HEADS.has(low(ctx, i))) return true;
  return BOARD_HEADS.has(low(ctx, i)) && i + 2 < ctx.nt && BOARD_LEVELS.has(low(ctx, i + 1)) && ASSOCIATION_HEADS.has(low(ctx, i + 2));
}
// ("Region of Indonesia": the KB's Papua, the province as much as the island's west; after
// a body it is the province: "Kadin Papua", dev d303.)
const INDONESIAN_REGION = /^(?:(?:City|Regency|Island regency) in .*Indonesia|(?:Province|Special Region|Region) of Indonesia)$/;

/** The KB's Indonesian region written at token k, "Provinsi" before it read with it
 *  ("… Provinsi Jawa Timur"), or undefined. */
function indonesianRegionAt(ctx: Ctx, k: number): ReturnType<typeof kbMatch> | undefined {
  const at = lowIs(ctx, k, 'provinsi') && k + 1 < ctx.nt && adjacent(ctx, k, k + 1) ? k + 1 : k;
  // "BPBD Lembata": after a body, a regency the gazetteer names only with its prefix.
  const place = kbMatch(ctx, at) ?? bareRegencyAt(ctx, at) ?? cityAfterItsPrefix(ctx, at);
  return place && place.entity.type === 'GPE' && INDONESIAN_REGION.test(place.entity.description.en) ? place : undefined;
}

/** "(BPSK) Kota Surabaya": "Kota" and a KB city whose entry lists no prefixed alias, as one
 *  match of the city (the prefix read with it as "Provinsi" is), or null. */
function cityAfterItsPrefix(ctx: Ctx, k: number): ReturnType<typeof kbMatch> {
  if (!lowIs(ctx, k, 'kota') || k + 1 >= ctx.nt || !adjacent(ctx, k, k + 1) || ctx.p.charCodeAt(ctx.te[k]) !== 32) return null;
  const city = kbMatch(ctx, k + 1);
  return city && city.entity.type === 'GPE' && INDONESIAN_CITY.test(city.entity.description.en) ? { ...city, start: ctx.ts[k] } : null;
}

const INDONESIAN_CITY = /^City in .*Indonesia$/;

/** A region of Indonesia the KB knows (a regency, city or province: "Kendal", "Kabupaten
 *  Purwakarta", "Nusa Tenggara Barat") right after the body that ends at token k - 1, when
 *  the body is Indonesian (its KB description `bodyDescription` says so): the index after
 *  the region, or k. Not the capital: "BMKG Jakarta" is rarely an office's name. */
export function regionAfter(ctx: Ctx, k: number, bodyDescription: string): number {
  return INDONESIAN_BODY.test(bodyDescription) ? indonesianRegionEnd(ctx, k) : k;
}

/** A region of Indonesia the KB knows right after the name that ends at token k - 1 (one
 *  space between): the index after the region, or k. */
export function indonesianRegionEnd(ctx: Ctx, k: number): number {
  const { ts, nt } = ctx;
  if (k >= nt || !adjacent(ctx, k - 1, k) || ctx.p.charCodeAt(ctx.te[k - 1]) !== 32) return k;
  const place = indonesianRegionAt(ctx, k);
  if (!place) return k;
  let r = k + 1;
  while (r < nt && ts[r] < place.end) r++;
  return r;
}

const ORG_CONNECTORS = new Set([' dan ', ' untuk ', ' for ', ' of ', ' and ', ' on ', ' & ']);
const MAX_CONNECTOR_LENGTH = Math.max(...[...ORG_CONNECTORS].map((c) => c.length));

/** The text between two tokens is a connector; checked on its length and first
 *  character before slicing it (the usual gap is one space). */
function isConnector(p: string, from: number, to: number): boolean {
  return to - from >= 3 && to - from <= MAX_CONNECTOR_LENGTH && p.charCodeAt(from) === 32 && ORG_CONNECTORS.has(p.slice(from, to));
}

const COMPANY_SUFFIX = /(?: \((?:Persero|PERSERO|persero)\))?(?:,? (?:Tbk|TBK|tbk)(?![\p{L}\p{N}]))?/uy;

/** "PT Bank Mandiri (Persero) Tbk", "PT AKR Corporindo Tbk" (issue 13, pattern 4): the
 *  legal-form suffixes belong to an organisation's name [start, end), "Tbk" also after a
 *  comma as companies write it in their filings ("PT Abc Makmur, Tbk"), only after a name
 *  opened by "PT" ("saham BBRI, Tbk dan lainnya" lists a ticker; review48b). Returns the end
 *  after them. */
export function companySuffixEnd(p: string, start: number, end: number): number {
  const comma = p.charCodeAt(end) === 44 && p.startsWith('PT ', start) ? 1 : 0;
  const c = p.charCodeAt(end + comma + 1);
  if (p.charCodeAt(end + comma) !== 32 || (c !== 40 && c !== 84 && c !== 116) || (comma && c === 40)) return end;
  COMPANY_SUFFIX.lastIndex = end;
  return COMPANY_SUFFIX.test(p) ? COMPANY_SUFFIX.lastIndex : end;
}

/** Extends the organisation mention last emitted over a company suffix right after it;
 *  returns the index of the first token after the mention. */
export function takeCompanySuffix(ctx: Ctx, j: number): number {
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'ORG' || (j < ctx.nt && ctx.ts[j] < last.end)) return j;
  const end = companySuffixEnd(ctx.p, last.start, last.end);
  if (end === last.end) {
    // "PLN UID Jawa Timur", "KAI Daop 8 Surabaya": a KB company's unit by its abbreviation.
    const unitEnd = last.entityId !== undefined && ctx.ts[j] === end + 1 && ctx.p.charCodeAt(end) === 32 ? companyUnitEnd(ctx, j, true) : j;
    return unitEnd > j ? takeCompanyPart(ctx, last, j, unitEnd) : j;
  }
  // "PT Sarana Multi Infrastruktur (Persero)": a company the KB does not know is named as
  // written, its legal form included (the sets' convention, as for "… (Persero) Tbk").
  // ("PT Abc Makmur, Tbk" is the company "PT Abc Makmur Tbk": the comma is no part of its identity.)
  if (last.entityId === undefined && last.canonical === ctx.p.slice(last.start, last.end)) {
    last.canonical = ctx.p.slice(last.start, last.end) + ctx.p.slice(ctx.p.charCodeAt(last.end) === 44 ? last.end + 1 : last.end, end);
  }
  last.end = end;
  while (j < ctx.nt && ctx.ts[j] < end) j++;
  // "PT Samudra Feri Nusantara (Persero) Cabang Kayangan": a branch after the legal form is
  // part of the name, as it is without one ("PT Pegadaian Cabang Kupang").
  if (j + 1 < ctx.nt && ctx.ts[j] === end + 1 && ctx.p.charCodeAt(end) === 32 && COMPANY_BRANCH_WORDS.has(low(ctx, j)) && adjacent(ctx, j, j + 1) &&
      !has(ctx, j + 1, F_ORG_HEAD | F_TITLE_HEAD)) {
    return takeCompanyPart(ctx, last, j, branchTownEnd(j + 1, unknownExtent(ctx, j + 1)));
  }
  const unitEnd = ctx.ts[j] === end + 1 && ctx.p.charCodeAt(end) === 32 ? companyUnitEnd(ctx, j, false) : j;
  return unitEnd > j ? takeCompanyPart(ctx, last, j, unitEnd) : j;
}

/** Extends the company mention `last` over its branch or unit, tokens [j, k) right after
 *  it; returns k. Named as written, or by the company's known name and the branch or unit
 *  ("Bank Mandiri Cabang Medan", "PT Kereta Api Indonesia Daop 8 Surabaya"). */
function takeCompanyPart(ctx: Ctx, last: LocalMention, j: number, k: number): number {
  const partEnd = ctx.te[k - 1];
  last.canonical = last.entityId === undefined ? ctx.p.slice(last.start, partEnd) : `${last.canonical} ${unitInFull(ctx.p.slice(ctx.ts[j], partEnd))}`;
  last.end = partEnd;
  last.entityId = undefined;
  last.alias = undefined;
  return k;
}

/** "Badan Intelijen Luar Negeri Rusia (SVR)": the acronym is a mention with the same
 *  identity. Returns the index of the next unvisited token. */
export function acronymAfter(ctx: Ctx, j: number, fullIndex: number): number {
  const { ts, te, nt, p } = ctx;
  if (j >= nt) return j;
  const full = ctx.out[fullIndex];
  if (full.type === 'ORG' && fullIndex === ctx.out.length - 1 && companySuffixEnd(p, full.start, full.end) > full.end) return takeCompanySuffix(ctx, j);
  const tStart = ts[j];
  const tEnd = te[j];
  // ("Mayjen TNI (Purn) X": a retired officer's code, rules/rank-branch-code.ts)
  if (p.charCodeAt(tStart - 1) === 40 && p.charCodeAt(tEnd) === 41 && p.slice(full.end, tStart).trim() === '(' && !isRankBranchCode(ctx, j)) {
    const m = kbMatch(ctx, j);
    const next = m ? emitKb(ctx, j, m) : j + 1;
    if (!m) ctx.out.push({ start: tStart, end: tEnd, type: full.type, canonical: full.canonical, source: 'pattern', expands: fullIndex });
    regionInBrackets(ctx, next, fullIndex);
    return next;
  }
  // "Koperasi Simpan Pinjam Kuja Mulya Sejahtera (KSP Kuja Mulya)": three or four words.
  if (full.type === 'ORG') {
    const end = shortFormInBracketsEnd(ctx, j, full.start, full.end);
    if (end > 0) {
      ctx.out.push({ start: tStart, end: te[end - 1], type: 'ORG', canonical: full.canonical, source: 'pattern', expands: fullIndex });
      regionInBrackets(ctx, end, fullIndex);
      return end;
    }
  }
  // "Satuan Polisi Pamong Praja (Satpol PP) Kota Medan": a short form of two words in brackets.
  // ("Kamar Dagang dan Industri Provinsi Papua (Kadin Papua)": a known body's short name and
  // the region the full name ends in are that chapter's short form, dev d303.)
  if (full.type === 'ORG' && j + 1 < nt && p.charCodeAt(tStart - 1) === 40 && p.charCodeAt(te[j + 1]) === 41 && ts[j + 1] === tEnd + 1 &&
      p.charCodeAt(tEnd) === 32 && p.slice(full.end, tStart).trim() === '(' && (!kbMatch(ctx, j) || chapterShortForm(ctx, j, full))) {
    ctx.out.push({ start: tStart, end: te[j + 1], type: 'ORG', canonical: full.canonical, source: 'pattern', expands: fullIndex });
    regionInBrackets(ctx, j + 2, fullIndex);
    return j + 2;
  }
  return j;
}

/** Tokens j and j + 1 are a known body's one-word short name and the place the full name
 *  `full` ends in ("Kadin Papua" after "… Provinsi Papua"). */
function chapterShortForm(ctx: Ctx, j: number, full: LocalMention): boolean {
  const m = kbMatch(ctx, j);
  const place = ctx.p.slice(ctx.ts[j + 1], ctx.te[j + 1]);
  return m !== null && m.entity.type === 'ORG' && m.end === ctx.te[j] && full.end - full.start > place.length + 1 &&
    ctx.p.charCodeAt(full.end - place.length - 1) === 32 && ctx.p.startsWith(place, full.end - place.length);
}

const REGIONAL_SERVICE = /^(?:Dinas|Badan|Satuan Polisi Pamong Praja|Dewan Perwakilan Rakyat Daerah)\b/;
const NOT_REGIONAL = /^(?:Universitas|Universiti|Institut|Sekolah|Akademi|Politeknik|University|Institute|PT)\b/;

/** "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjarnegara", "Majelis Ulama
 *  Indonesia (MUI) Jawa Timur": a region of Indonesia right after the brackets makes the
 *  body and its acronym the regional office (the region stays a mention of its own). */
function regionInBrackets(ctx: Ctx, k: number, fullIndex: number): void {
  const { ts, te, nt, p } = ctx;
  const full = ctx.out[fullIndex];
  const acronym = ctx.out[ctx.out.length - 1];
  if (k >= nt || acronym === full || full.type !== 'ORG' || acronym.type !== 'ORG' || ts[k] !== te[k - 1] + 2 ||
      p.charCodeAt(te[k - 1]) !== 41 || NOT_REGIONAL.test(full.canonical)) return;
  // "Ikatan Dokter Anak Indonesia (IDAI) Cabang Nusa Tenggara Timur": a branch of the body.
  const branch = COMPANY_BRANCH_WORDS.has(low(ctx, k)) && k + 1 < nt && adjacent(ctx, k, k + 1) ? k + 1 : k;
  const place = indonesianRegionAt(ctx, branch);
  if (!place) return;
  if (branch > k) {
    const canonical = `${full.canonical} ${ctx.p.slice(ts[k], te[k])} ${place.entity.canonical}`;
    for (const m of [full, acronym]) { m.canonical = canonical; m.entityId = undefined; m.alias = undefined; m.source = 'pattern'; }
    return;
  }
  // A regional government's service names its province and its city with the prefix ("Dinas
  // Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat", "Badan Perencanaan Pembangunan Daerah
  // Kota Balikpapan": dev d129), as a regency's KB name carries its own.
  const service = REGIONAL_SERVICE.test(full.canonical);
  const kind = service ? regionKind(place.entity) : undefined;
  const prefix = kind === 'Provinsi' ? 'Provinsi ' : kind === 'Kota' && !place.entity.canonical.startsWith('Kota ') ? 'Kota ' : '';
  const canonical = `${full.canonical} ${prefix}${place.entity.canonical}`;
  for (const m of [full, acronym]) {
    m.canonical = canonical;
    m.entityId = undefined;
    m.alias = undefined;
    m.source = 'pattern';
  }
}

/** Arabic articles written with a hyphen before the noun of a name (al-, el-, and the
 *  forms assimilated to the next letter: Ar-Rahman, As-Sayed). */
const ARABIC_ARTICLE = new Set(['Al', 'El', 'Ar', 'As', 'Ash', 'At', 'Az', 'Ad', 'An', 'Ul']);
/** The same articles written in lower case, as wires transliterate Arabic surnames
 *  ("Haidar Kadhim al-Maliki"): the article is no token of its own. */
const LOWER_ARABIC_ARTICLE = new Set([...ARABIC_ARTICLE].map((w) => w.toLowerCase()));

/** Token j follows token j - 1 across one space and a lower-case Arabic article joined to it
 *  by a hyphen (" al-", " as-"): the article and token j are the last word of the same name.
 *  ("se-Jawa", "non-Partai", "pro-Rusia" are no articles and stay outside.) */
function lowerArabicArticleJoined(ctx: Ctx, j: number): boolean {
  const from = ctx.te[j - 1];
  const to = ctx.ts[j];
  const p = ctx.p;
  return to - from >= 4 && to - from <= 5 && p.charCodeAt(from) === 32 && p.charCodeAt(to - 1) === 45 &&
    LOWER_ARABIC_ARTICLE.has(p.slice(from + 1, to - 1));
}

/** Unknown name: consecutive capitalised tokens up to the next KB name, title or head;
 *  returns the index after them and sets ctx.extentJoinsKbPerson. */
export function unknownExtent(ctx: Ctx, i: number): number {
  ctx.extentJoinsKbPerson = false;
  const { ts, nt } = ctx;
  let j = i + 1;
  while (j < nt && (adjacent(ctx, j - 1, j) || particleJoined(ctx, j - 1, j) || lowerArabicArticleJoined(ctx, j))) {
    // "… blok B. Petugas keamanan …": a block's letter ends its sentence (designator-letter.ts).
    if (j === i + 1 && designatorLetterEndsSentence(ctx, i, j)) break;
    // "Usulan Pemerintah Kabupaten Buleleng …": a regional government starts a body of its own.
    if (opensRegionalGovernment(ctx, j)) break;
    // "Madura United Carlos Parreira": a club's tail closes its name before a person.
    if (clubEndsBefore(ctx, i, j)) break;
    // "Setara Institute", "Lowy Institute": a head that is also a tail ends the name.
    if (has(ctx, j, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD) && !(has(ctx, j, F_ORG_TAIL) && !(j + 1 < nt && adjacent(ctx, j, j + 1))) &&
        !titleWordInCreditName(ctx, j) && !titleWordEndsName(ctx, i, j) && !surnameEndsName(ctx, i, j) && !royalWordInsideName(ctx, i, j) &&
        !rankedNameGoesOn(ctx, i, j) && !titleWordIsSurname(ctx, i, j)) break;
    // "Siswa MTsN 2 Malang", "Siswa SDN Karangsari 1": a never-actor word or an acronym that
    // starts a school's name starts the school.
    if (has(ctx, j, F_NEVER_ACTOR | F_ACRONYM) && schoolStartsAt(ctx, j)) break;
    // "Perikatan Nasional Tan Sri Muhyiddin Sowute": an honorific starts another name.
    if (has(ctx, j, F_HONORIFIC) && honorific.apply(ctx, j) !== NO_MATCH) break;
    // "KPK Budi Prasetyo", "UE Kaja Kallas": an acronym next to a name is another actor.
    if (has(ctx, j - 1, F_ACRONYM) !== has(ctx, j, F_ACRONYM) && !has(ctx, j, F_ORG_TAIL)) break;
    // "Hasan Umaternate-Rizal Bahtiar", "Prabowo-Gibran": hyphenated pairs are two actors
    // (hyphenated first names are rare and, when they matter, in the KB).
    // An Arabic article before its noun is one word of the name ("Farid Al-Mansouri").
    // A compound given name opened by a known opener is one word too ("Jean-Pierre Essomba").
    // So is a double-barrelled surname after a given name ("Josephine Kollie-Dahn", "Chen
    // Wei-Lun": hyphenated-surname.ts).
    if (ctx.p.charCodeAt(ts[j] - 1) === 45 && !(ctx.te[j - 1] === ts[j] - 1 && ARABIC_ARTICLE.has(ctx.p.slice(ts[j - 1], ctx.te[j - 1]))) &&
        !lowerArabicArticleJoined(ctx, j) && !compoundGivenNameAt(ctx, i, j) && !hyphenatedSurnameAt(ctx, i, j)) break;
    const m = kbMatch(ctx, j);
    // "Semen Padang FC", "Persatuan Sepak Bola Bandung United": a place inside a name that
    // ends in a club's tail is part of the name.
    if (m && m.entity.type === 'GPE' && placeBeforeClubTail(ctx, j, m.end)) { j++; continue; }
    // "Zulkifli Anwar Pohan": a one-word alias of a known person ("Anwar") between two
    // words of an unknown name is a word of that name, not the known person (whose
    // identity would become the speaker's).
    if (m && m.entity.type === 'PER' && insideUnknownName(ctx, j, m.end)) { j++; continue; }
    // "Hotman Paris Hutapea": so is a one-word place the name model reads inside a person's name.
    if (m && m.entity.type === 'GPE' && placeInsideUnknownName(ctx, i, j, m.end)) { j++; continue; }
    // "Marielle Santos", "Aurelio Mendoza Quispe": a foreign city of the generated gazetteer
    // after a name word is a surname (seat-as-name.ts).
    if (m && m.entity.type === 'GPE' && worldCityAsSurname(ctx, j, m)) { j++; continue; }
    // "Letkol Inf Yohanes Seran Mali, …": a place closing a titled holder's name is its last
    // word (seat-as-name.ts).
    if (m && m.entity.type === 'GPE' && placeEndsTitledName(ctx, i, j, m)) { j++; continue; }
    // "Juru bicara Kata Prabowo.": a cue verb written with a capital right before a known
    // person is no given name of his or of a namesake's; he stands alone.
    if (m && m.entity.type === 'PER' && j === i + 1 && POST_CUE_WORDS.hasAt(ctx.p, ts[i], ctx.te[i])) break;
    // "Hairil Anwar": a known person's given name after an unknown one ends another's name.
    // Only for a word written as a given name right before the alias, not at a sentence start
    // (as likely a common noun: "Kata Prabowo.") nor after a title ("Presiden Terpilih Prabowo"),
    // nor a term of address ("Abah Anies" is Anies Baswedan).
    // ("Joko Susilo Prabowo": two such words before it, as in a credit line's value.)
    if (m && (j === i + 1 || (j === i + 2 && adjacent(ctx, i + 1, j) && !has(ctx, i + 1, NOT_A_GIVEN_NAME) && givenNameShape(ctx.p, ts[i + 1], ctx.te[i + 1]))) &&
        adjacent(ctx, i, i + 1) && !has(ctx, i, NOT_A_GIVEN_NAME) && (!isSentenceInitial(ctx.p, ts[i]) || inCreditValue(ctx, i)) &&
        !ADDRESS_WORDS.has(low(ctx, i)) &&
        givenNameShape(ctx.p, ts[i], ctx.te[i]) && !(i > 0 && adjacent(ctx, i - 1, i) && has(ctx, i - 1, F_TITLE_HEAD | F_TITLE_WORD)) &&
        aliasIsGivenName(m, ctx.te[j])) { j++; continue; }
    if (m) {
      // At a sentence start the word before a known person is as likely a common noun
      // ("Kunjungan Sugiono"): join only when the name shows an initial ("Dmitri S.") or
      // opens with a hyphenated compound given name, no common noun ("Jean-Marie Le Pen").
      if (m.entity.type === 'PER' && j - i <= 3 && adjacent(ctx, j - 1, j) && !has(ctx, i, F_ORG_HEAD) &&
          (!isSentenceInitial(ctx.p, ts[i]) || hasInitial(ctx, i, j) || compoundGivenNameAt(ctx, i, i + 1))) {
        // "Hasrul Abbas": a namesake's given name; the alias is a word of the unknown name.
        if (namesakeOfKbPerson(ctx, i, j, m)) { while (j < nt && ts[j] < m.end) j++; continue; }
        ctx.extentJoinsKbPerson = true;
        return j;
      }
      break;
    }
    j++;
  }
  return j;
}

/** Classes a given name before a known person's given name never has. */
const NOT_A_GIVEN_NAME = F_ORG_HEAD | F_TITLE_HEAD | F_TITLE_WORD;

/** Token i is inside a credit line's value ("Editor: Joko Susilo Prabowo"), where a name
 *  after the colon opens no sentence. */
function inCreditValue(ctx: Ctx, i: number): boolean {
  return ctx.mode === 'credit' && i >= ctx.valueFrom;
}

/** Token j is a one-word KB alias (ending at `aliasEnd`) followed, one space on, by a
 *  capitalised word that is no known name, head or title. */
function insideUnknownName(ctx: Ctx, j: number, aliasEnd: number): boolean {
  const k = j + 1;
  return ctx.te[j] === aliasEnd && k < ctx.nt && ctx.ts[k] === aliasEnd + 1 && ctx.p.charCodeAt(aliasEnd) === 32 &&
    !has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD | F_ACRONYM | F_HONORIFIC | F_ORG_TAIL) && !kbMatch(ctx, k);
}

/** Token j, a one-word alias of a known place ("Paris"), stands between one or two words of
 *  an unknown name [i, j) not opening the sentence and a word written as a name's
 *  (insideUnknownName), and the shipped name model reads the whole run as a person's name
 *  ("Hotman Paris Hutapea"; not "Pertamina Jakarta Utara", "Arema Malang Raya"). */
function placeInsideUnknownName(ctx: Ctx, i: number, j: number, aliasEnd: number): boolean {
  if (j === i || j - i > 2 || !insideUnknownName(ctx, j, aliasEnd) || has(ctx, j + 1, F_DIRECTION)) return false;
  // (a sentence's first word may be a common noun: "Cabang Kano Slalom digelar", a sport)
  if (isSentenceInitial(ctx.p, ctx.ts[i]) || !givenNameShape(ctx.p, ctx.ts[j - 1], ctx.te[j - 1])) return false;
  const k = j + 1;
  if (!givenNameShape(ctx.p, ctx.ts[k], ctx.te[k]) || (k + 1 < ctx.nt && adjacent(ctx, k, k + 1))) return false;
  // ("Siti Fadia Jakarta Open", "Rudi Hartono Bandung Ekspres": the place opens an event's or
  // a newspaper's name after the person's)
  if (EVENT_TAILS.has(low(ctx, k)) || PLACE_NAMED_TAILS.has(low(ctx, k))) return false;
  return readsAsPerson(ctx.p, ctx.ts[i], ctx.te[k]);
}

/** Words that close a name opened by a place: an event held there ("Jakarta Open", "Bali
 *  Marathon") or a newspaper of it ("Bandung Ekspres", "Jakarta Post"). */
const PLACE_NAMED_TAILS = new Set(['open', 'masters', 'marathon', 'maraton', 'run', 'tour', 'series',
  'ekspres', 'express', 'pos', 'post', 'times', 'tribune', 'tribun', 'news', 'today']);

/** "Pewarta: Luqman Hakim Ahmad": in a credit line's value a title word ("Hakim", "Imam")
 *  inside a name is part of it; a label ("Reporter:") is not. */
function titleWordInCreditName(ctx: Ctx, j: number): boolean {
  return ctx.mode === 'credit' && j > ctx.valueFrom && !has(ctx, j, F_ORG_HEAD | F_NON_ACTOR_HEAD) && ctx.p.charCodeAt(ctx.te[j]) !== 58;
}

/** "Rizal Fauzan Hakim, menilai", "Yohanis Kristian Mayor, menjawab", "Arif Rahman Hakim
 *  menduga": a title word ("Hakim", "Mayor", "Raja") after two words of a name and before a
 *  comma or a lower-case word is the name's last word, since a title comes before the name
 *  it introduces, not after it; so does "Mas" after one word ("manajemen Benang Mas menulis",
 *  dev d367), which as a term of address comes before a name too. */
function titleWordEndsName(ctx: Ctx, i: number, j: number): boolean {
  const after = ctx.p.charCodeAt(ctx.te[j]);
  const lowerNext = after === 32 && isLowerLetter(ctx.p.charCodeAt(ctx.te[j] + 1));
  // ("Benang Mas menulis": "Mas", the word for gold, after one word too: a company's short name;
  // not after the article "Si", "chatbot bernama Si Mas", a nickname, dev d369)
  return (j - i >= 2 || (j === i + 1 && lowIs(ctx, j, GOLD_NOT_ADDRESS) && !lowIs(ctx, i, 'si'))) && !has(ctx, j, F_ORG_HEAD | F_NON_ACTOR_HEAD) && (after === 44 || lowerNext) &&
    !has(ctx, i, F_ORG_HEAD | F_TITLE_HEAD) && !kbMatch(ctx, j);
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** "Yosef Ratu Bili", "Andreas Raja Gukguk": "Ratu" and "Raja" between two words of a
 *  name are words of it (names of eastern Indonesia and of the Batak), not a title. The word
 *  before is one given name, not opening the sentence ("Istri Raja Charles", "Pesan Ratu
 *  Elizabeth"), no common word ("Kerajaan Raja Abdullah"), no known place and no word after
 *  another capitalised one ("Warga Sumba Ratu Kaka"). */
function royalWordInsideName(ctx: Ctx, i: number, j: number): boolean {
  const k = j + 1;
  return j === i + 1 && (lowIs(ctx, j, 'ratu') || lowIs(ctx, j, 'raja')) &&
    !has(ctx, i, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD | F_ACRONYM | NOT_IN_A_PERSON_NAME | F_SENTENCE_STARTER | F_PEMERINTAH) &&
    !isSentenceInitial(ctx.p, ctx.ts[i]) && !(i > 0 && adjacent(ctx, i - 1, i)) && !kbMatch(ctx, i) && !ROYAL_HOUSE_WORDS.has(low(ctx, i)) &&
    k < ctx.nt && adjacent(ctx, j, k) && !has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD | F_ACRONYM) && !kbMatch(ctx, k);
}
/** Words of a monarchy's name before its ruler's title ("Kerajaan Raja Abdullah"). */
const ROYAL_HOUSE_WORDS = new Set(['kerajaan', 'kesultanan', 'keraton', 'kraton', 'istana', 'permaisuri', 'putra', 'putri', 'istri', 'suami']);

/** The place matched at token j (ending at `end`) is followed, in the same run, by "FC" or
 *  another club tail that ends the run ("Semen Padang FC"). */
function placeBeforeClubTail(ctx: Ctx, j: number, end: number): boolean {
  let k = j + 1;
  while (k < ctx.nt && ctx.ts[k] < end) k++;
  if (k > j + 1) return false;
  if (k < ctx.nt && adjacent(ctx, k - 1, k) && CLUB_TAILS.has(low(ctx, k)) && !(k + 1 < ctx.nt && adjacent(ctx, k, k + 1))) return true;
  // "United Bangsamoro Justice Party": after a word of the name, a place followed by one or two
  // unknown words and an organisation's tail that ends the run is a word of that name too.
  if (j === 0 || !adjacent(ctx, j - 1, j)) return false;
  for (let n = 0; n < 3 && k < ctx.nt && adjacent(ctx, k - 1, k) && !kbMatch(ctx, k); n++, k++) {
    if (n > 0 && has(ctx, k, F_ORG_TAIL) && !(k + 1 < ctx.nt && adjacent(ctx, k, k + 1))) return true;
    if (has(ctx, k, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD | F_ACRONYM)) return false;
  }
  return false;
}
const CLUB_TAILS = new Set(['fc', 'united']);

/** Place words that are also surnames (Batak "Tanjung"). */
const SURNAME_PLACE_WORDS = new Set(['tanjung']);

/** "Riska Amelia Tanjung, menilai", "Akbar Tanjung mengatakan": such a word as the last word
 *  of a capitalised run after a name is the name's surname; a place it opens goes on
 *  ("Tanjung Priok"). */
function surnameEndsName(ctx: Ctx, i: number, j: number): boolean {
  return SURNAME_PLACE_WORDS.has(low(ctx, j)) && !has(ctx, i, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD) &&
    !(j + 1 < ctx.nt && adjacent(ctx, j, j + 1));
}

function hasInitial(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.te[k] - ctx.ts[k] === 1) return true;
  return false;
}
