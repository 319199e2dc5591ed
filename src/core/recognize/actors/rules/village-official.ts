// "Kepala Desa Sepotong, Supratman, …", "Camat Tambakromo, Eko …", "Kepala Desa Listyo":
// after the title of a village's or a district's head, the name right after it is the
// village or the district (kecamatan), which the annotation spec counts as no actor; but
// a known person's one-word alias there ("Listyo", "Supratman") is the head himself, a
// villager who shares the name: no village head is anybody the KB knows.
// A police sector's or a military district command's head ("Kapolsek Kuta, Iptu Made Arya,",
// "Danramil Kledung, Kapten Inf Sugeng,") is titled by the kecamatan his unit covers in the
// same way, and the officer's rank opens the name in apposition after it.
import { adjacent, anyHas, has, kbMatch, low, lowIs, pushMention, wordIs, type Ctx } from '../ctx';
import { gelarAfterGivenName } from '../minang-gelar';
import { isRank } from '../ranked-name';
import { classProbs, conventionScorer, nameScorer, O, PER, modelMargins } from '../../name-model';
import { isOneWordDistrictName } from '../../districts';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';

/** Titles of one word ("Camat Tambakromo"). */
const HEAD_TITLES = ['camat', 'lurah', 'kades', 'sekdes', 'kadus', 'keuchik', 'kapolsek', 'danramil'];
/** "Kepala Desa", "Sekretaris Desa", "Kepala Dusun", "Wali Nagari", "Kepala Kampung". */
const TITLE_FIRST = ['kepala', 'sekretaris', 'wali', 'perangkat'];
const UNITS = ['desa', 'dusun', 'kelurahan', 'kampung', 'nagari', 'gampong', 'kecamatan'];
/** A village's name has few words. */
const MAX_PLACE_WORDS = 3;
/** The head's name in apposition after the village. */
const MAX_NAME_WORDS = 4;

export const villageOfficial: ActorRule = {
  name: 'village-official',
  cues: CUES_TITLE,
  gate: F_TITLE_HEAD,
  apply(ctx, i) {
    const n = titleLength(ctx, i);
    if (n === 0) return NO_MATCH;
    const s = i + n;
    if (s >= ctx.nt || !adjacent(ctx, s - 1, s) || has(ctx, s, F_TITLE_HEAD | F_ORG_HEAD | F_ACRONYM | F_NEVER_ACTOR)) return NO_MATCH;
    if (strangerWithKnownName(ctx, s)) return s + 1;
    // "Wali Nagari Syahrul Datuk Sinaro": a Minangkabau gelar after the first word makes it
    // the head's given name (minang-gelar.ts), no village: the title alone is read here.
    if (s + 1 < ctx.nt && wordIs(ctx, s + 1, 'Datuk') && gelarAfterGivenName(ctx, s + 1)) return s;
    // Any other known name ("Kepala Desa Listyo Wibowo", "Jakarta") is left to the KB rules.
    if (kbMatch(ctx, s)) return NO_MATCH;
    let e = s + 1;
    while (e < ctx.nt && e <= s + MAX_PLACE_WORDS && adjacent(ctx, e - 1, e)) e++;
    const rank = rankInRun(ctx, s, e);
    if (rank > 0) return rank;
    // The village only when a comma and another name follow ("Kepala Desa Sepotong,
    // Supratman,", "Kepala Desa Karangwuni, Kecamatan Tambakromo,"): "Kepala Desa Amran
    // mengatakan", "Lurah Cok Sanusi hadir" name the head.
    if (e - s > MAX_PLACE_WORDS || e >= ctx.nt || ctx.p.charCodeAt(ctx.te[e - 1]) !== 44 || ctx.ts[e] !== ctx.te[e - 1] + 2) {
      if (villageBeforeFullName(ctx, s)) return s + 1;
      return n === 1 && unitPlaceBeforeVerb(ctx, i, s, e) ? e : NO_MATCH;
    }
    if (!villageFollows(ctx, e) && !nameInApposition(ctx, e) && !(e === s + 1 && readsAsPlace(ctx, s))) return NO_MATCH;
    if (strangerWithKnownName(ctx, e)) return e + 1;
    return e;
  },
};

/** "Kepala Desa Cibeureum Ujang Sopandi mengaku …", "Camat Cisurupan Rina Marlina
 *  menambahkan": with no comma, news writes the village's one-word name and then the
 *  head's full name; a head named with no village ("Kepala Desa Amran", "Lurah Cok
 *  Sanusi") has one or two words. So a run of three or four adjacent capitalised words
 *  after the title, none a title, body or acronym and the first no known person, is a
 *  one-word village and a full name. */
function villageBeforeFullName(ctx: Ctx, s: number): boolean {
  let e = s + 1;
  while (e < ctx.nt && adjacent(ctx, e - 1, e)) e++;
  const n = e - s;
  if (n < 3 || n > 4) return false;
  if (anyHas(ctx, s + 1, e, F_TITLE_HEAD | F_TITLE_WORD | F_ORG_HEAD | F_ACRONYM | F_NEVER_ACTOR)) return false;
  // "Kepala Desa Ahmad Fauzi Rahman" with a known first name stays a name.
  const m = kbMatch(ctx, s);
  return !m || m.entity.type === 'GPE';
}

/** Titles of a unit's head named after the kecamatan the unit covers: the word after them
 *  is that place far more often than the head's own name. */
const UNIT_HEAD_TITLES = ['kapolsek', 'danramil'];
/** A compass word may follow the place ("Kapolsek Kuta Utara"). */
const COMPASS = ['utara', 'selatan', 'timur', 'barat', 'tengah'];

/** "Kapolsek Kuta mengatakan …", "kata Kapolsek Kuta Utara.": a unit head's title, then
 *  one word (a compass word may follow) and a lower-case word or the sentence's end: the
 *  word is the unit's kecamatan, which is no actor, and not a person named "Kuta". A
 *  village head ("Camat Amran mengatakan", "Kepala Desa Amran mengatakan") is written by
 *  his own name as often, so only the police sector's and the military district's heads. */
function unitPlaceBeforeVerb(ctx: Ctx, i: number, s: number, e: number): boolean {
  let unit = false;
  for (const w of UNIT_HEAD_TITLES) if (lowIs(ctx, i, w)) { unit = true; break; }
  if (!unit || (e - s === 2 && !COMPASS.some((w) => lowIs(ctx, s + 1, w))) || e - s > 2) return false;
  if (e < ctx.nt && adjacent(ctx, e - 1, e)) return false;
  const { p } = ctx;
  const at = ctx.te[e - 1];
  if (!closesSentence(ctx, e - 1)) {
    const c = p.charCodeAt(at + 1);
    if (p.charCodeAt(at) !== 32 || c < 97 || c > 122) return false;
  }
  return isKecamatan(ctx, i, s);
}

/** Evidence that the word after a unit head's title is his unit's kecamatan, not his one-word
 *  name: the article names it as a kecamatan or the unit's seat ("Kecamatan Sugeng",
 *  "Polsek Sugeng", "Koramil Sugeng"), or the name model reads it as no given name, alone
 *  nor after the title (the unit head at token i) as a reporting verb's subject. */
function isKecamatan(ctx: Ctx, i: number, s: number): boolean {
  const w = ctx.p.slice(ctx.ts[s], ctx.te[s]);
  if (namedAsUnitPlace(ctx.p, w)) return true;
  const district = isOneWordDistrictName(w);
  if (nameScorer().score([w], [], [], PROBS)[PER] >= (district ? modelMargins().unitHeadDistrictGivenName : modelMargins().unitHeadGivenName)) return false;
  // "Kapolsek Sukawati mengatakan", "Kapolsek Mlati": a kecamatan's name the model reads as a
  // given name after the title as surely as "Slamet"; the gazetteer knows it (and no "Slamet").
  return district || !givenNameAfterTitle(ctx, i, s);
}

/** The verb the word is read before: the model's reading moves with the words after the
 *  real verb ("menjelaskan motif", the sentence's end), which say nothing of the name. */
const READ_BEFORE = ['mengatakan'];

/** The convention model reads the word at s, after the unit head's title at i and before
 *  a reporting verb, as a person's name (modelMargins().unitHeadGivenNameInContext). */
function givenNameAfterTitle(ctx: Ctx, i: number, s: number): boolean {
  const { p } = ctx;
  const title = [p.slice(ctx.ts[i], ctx.te[i])];
  return conventionScorer().score([p.slice(ctx.ts[s], ctx.te[s])], title, READ_BEFORE, PROBS)[PER] >= modelMargins().unitHeadGivenNameInContext;
}

const UNIT_PLACE_BEFORE = /(?:Kecamatan|kecamatan|Polsek|Koramil) $/;

/** The article writes word w right after "Kecamatan", "Polsek" or "Koramil" somewhere. */
function namedAsUnitPlace(p: string, w: string): boolean {
  for (let k = p.indexOf(w); k >= 0; k = p.indexOf(w, k + 1)) {
    const after = p.charCodeAt(k + w.length);
    const ends = Number.isNaN(after) || !((after >= 97 && after <= 122) || (after >= 65 && after <= 90));
    if (ends && UNIT_PLACE_BEFORE.test(p.slice(Math.max(0, k - 10), k))) return true;
  }
  return false;
}

/** "Kapolsek Kuta Iptu Made Arya", "Danramil Kledung Kapten Inf Sugeng Riyadi": with no
 *  comma, the words before a rank are the place of the unit and the rank opens the head's
 *  name. The rank's index in the run [s + 1, e], followed by a word of a name, or 0. */
function rankInRun(ctx: Ctx, s: number, e: number): number {
  for (let r = s + 1; r <= e && r < ctx.nt; r++) {
    if (!adjacent(ctx, r - 1, r)) return 0;
    if (isRank(low(ctx, r))) return r + 1 < ctx.nt && adjacent(ctx, r, r + 1) ? r : 0;
    if (has(ctx, r, F_TITLE_HEAD | F_ORG_HEAD | F_ACRONYM | F_NEVER_ACTOR)) return 0;
  }
  return 0;
}

/** A larger unit after the village ("Kepala Desa Karangwuni, Kecamatan Tambakromo,"). */
function villageFollows(ctx: Ctx, e: number): boolean {
  return lowIs(ctx, e, 'kecamatan') || lowIs(ctx, e, 'kabupaten');
}

/** Token e starts a person's name closed by its own comma ("Sepotong, Supratman,") or by
 *  the sentence's end ("Sepotong, Supratman."): not a
 *  weekday or month ("Suparman, Senin (5/1),", "Hartono, Kamis,"), a degree ("S.H."), a
 *  title ("Suryadi, Bupati Cirebon Imron,") or a known place, so that the common
 *  "Kepala Desa <name>, <weekday>, mengatakan" keeps its head. */
function nameInApposition(ctx: Ctx, e: number): boolean {
  // "Kapolsek Kuta, Iptu Made Arya,": a rank is only ever written before a name.
  if (isRank(low(ctx, e)) && e + 1 < ctx.nt && adjacent(ctx, e, e + 1)) return true;
  if (has(ctx, e, F_TITLE_HEAD | F_TITLE_WORD | F_ORG_HEAD | F_ACRONYM | F_NEVER_ACTOR)) return false;
  const c = ctx.p.charCodeAt(ctx.ts[e]);
  if (c < 65 || c > 90 || (ctx.p.charCodeAt(ctx.te[e]) === 46 && !closesSentence(ctx, e))) return false;
  const m = kbMatch(ctx, e);
  if (m && m.entity.type !== 'PER') return false;
  let f = e + 1;
  while (f < ctx.nt && f <= e + MAX_NAME_WORDS && adjacent(ctx, f - 1, f)) f++;
  return f - e <= MAX_NAME_WORDS && (ctx.p.charCodeAt(ctx.te[f - 1]) === 44 || closesSentence(ctx, f - 1));
}

const PROBS = classProbs();

/** The one word after the title reads, alone, as no person's name: a village, not the head
 *  ("Sukamaju", "Karanglo", "Tlogowening"). */
function readsAsPlace(ctx: Ctx, s: number): boolean {
  return nameScorer().score([ctx.p.slice(ctx.ts[s], ctx.te[s])], [], [], PROBS)[O] >= modelMargins().villageBeforeWeekday;
}

/** Token k ends its sentence ("… oleh Kepala Desa Batuampar, Sukri."): the apposition
 *  closes the sentence as often as it runs on with a comma; a dot right after a one-letter
 *  token is an initial, not a sentence's end. */
function closesSentence(ctx: Ctx, k: number): boolean {
  const { p, te } = ctx;
  const c = p.charCodeAt(te[k]);
  if ((c !== 46 && c !== 33 && c !== 63) || te[k] - ctx.ts[k] < 2) return false;
  return te[k] + 1 >= p.length || p.charCodeAt(te[k] + 1) === 32 || p.charCodeAt(te[k] + 1) === 34 || p.charCodeAt(te[k] + 1) === 0x201d;
}

/** Number of title tokens at i ("Camat" 1, "Kepala Desa" 2), or 0. */
function titleLength(ctx: Ctx, i: number): number {
  for (const w of HEAD_TITLES) if (lowIs(ctx, i, w)) return 1;
  if (i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return 0;
  let first = false;
  for (const w of TITLE_FIRST) if (lowIs(ctx, i, w)) { first = true; break; }
  if (!first) return 0;
  for (const w of UNITS) if (lowIs(ctx, i + 1, w)) return 2;
  return 0;
}

/** Token k is a known person's one-word alias standing alone ("Supratman", not "Supratman
 *  Andi Agtas" nor "Listyo Wibowo"): emitted as a person of its own. */
function strangerWithKnownName(ctx: Ctx, k: number): boolean {
  const m = kbMatch(ctx, k);
  if (!m || m.entity.type !== 'PER' || m.end !== ctx.te[k] || m.entity.canonical === m.alias) return false;
  if (k + 1 < ctx.nt && adjacent(ctx, k, k + 1)) return false;
  pushMention(ctx, ctx.ts[k], ctx.te[k], 'PER', 'pattern');
  return true;
}
