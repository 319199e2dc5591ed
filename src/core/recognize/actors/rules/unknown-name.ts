// A capitalised run the KB does not know, typed from its context: credit and source
// values, organisation tails, place and title cues, speech verbs, a country at its end;
// with no clue a multi-word run is a person and a single word a weak mention (kept only
// if the article confirms it). Always applies: it is the last rule.
import { isCountry } from '../../../kb/country';
import { COMPANY_TAILS, ENGLISH_LEGAL_WORDS } from '../../company-tails';
import { oneStarterInsideName } from '../surname-run';
import { mediaNounBefore, opensWithMediaNoun } from '../media-cue';
import type { KbMatch } from '../../../kb/kb-index';
import { isWordCharAt } from '../../../kb/surface';
import { MONTHS, WEEKDAYS } from '../../../text/calendar-words';
import { wordAfter, wordBefore, isDigit } from '../../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../../text/lower-word-set';
import { placePrepositionBefore } from '../place-preposition';
import {
  COMPANY_BRANCH_WORDS, COMPANY_UNIT_WORDS, LEGAL_PARTS, LIST_JOINER_WORDS, PLACE_CUES, ORG_CUE_WORDS, OUTLET_CUE_WORDS, PEOPLE_QUALIFIER_WORDS, PERSON_NOUN_WORDS, PERSON_ROLE_WORDS, PLACE_CUE_WORDS, POST_CUE_WORDS, REGION_HEAD_TITLE_WORDS, SPEECH_VERB_WORDS, TITLE_HEAD_WORDS, VERB_ADVERB_WORDS,
} from '../../lexicon';
import { classProbs, modelMargins, GPE, nameScorer, O, ORG, PER, readsAsPerson } from '../../name-model';
import type { LocalMention } from '../../mention';
import type { ActorType } from '../../types';
import { adjacent, anyHas, has, isSentenceInitial, kbMatch, low, lowIs, pushMention, word, wordIs, type Ctx } from '../ctx';
import { conventionScoresOf } from '../run-scores';
import { wholeTitleWordAt } from '../whole-title-words';
import { namePartOpening } from '../name-part-opener';
import { bareRegencyAt, namedByIslandWord } from '../bare-regency';
import { isDistrictName } from '../../districts';
import { HYPHEN_DOMAIN } from '../domains';
import { nameOutletDomain } from '../outlet-domain-name';
import { isRegionalPaperWord, nameRegionalPaperDomain, regionalNewspaper } from '../regional-newspaper';
import { holderAfterTitledBody } from '../person-after-titled-body';
import { personAfterOrigin } from '../person-after-origin';
import { possessedNounSubject, sentenceAdverbWithNya } from '../sentence-adverb';
import { ageAsideEnd, personOfAge } from '../person-of-age';
import { personApposedAt, personApposedToRole } from '../person-apposed-to-role';
import { afterPersonServingTitle, clientOfCounsel } from '../client-of-counsel';
import { AGENT_NOUN, oneNameApposedToRole } from '../role-apposed-name';
import { personIntroducedAsRole } from '../person-introduced-as-role';
import { journalistOutletAt } from '../journalist-outlet';
import { workTitleAt } from '../work-title';
import { acronymAfter, unknownExtent } from '../extents';
import { NameConnectors } from '../name-connectors';
import { acronymBranchEnd } from '../branch-town';
import { afterIndexWord } from './kb-name';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { nationalArm } from './national-arm';
import { gelarNameStart } from '../minang-gelar';
import { gluedHolderStart, roleWordBeforeName } from '../glued-holder';
import { nameStartAfterTradeNoun } from '../trade-before-name';
import { genericAcronym } from '../generic-acronym';
import { acronymWithoutBodyEvidence } from '../acronym-evidence';
import { routeMember } from '../route-places';
import { isRegionalShortHead, REGION_PREFIXES } from '../../regional-names';
import { bracketedScoreAfter } from '../bracketed-score';
import { companyUnitEnd } from '../company-unit';
import { bandBeforeMember, bandNounBefore, personAfterBandNoun } from '../band-name';
import { bodyKindPhraseBefore } from '../body-kind-phrase';
import { psClubEnd, psProductEnd } from '../ps-club';
import { isClubInitialsAt, PERS_CLUB_NAME } from '../../club-short-name';
import { cementCompanyEnd } from '../cement-company';
import { teamWordInRun } from '../team-word';
import { remitBeforeKnownName } from '../title-remit';
import { anyNeverActor, neverActorAt } from '../listed-word-in-name';
import {
  F_DERIVED_NOUN, F_DIRECTION, F_ENGLISH_NOUN, F_EVENT_TAIL, F_GENERIC_SKIP, F_HONORIFIC, F_NEVER_ACTOR, F_ORG_HEAD, F_ORG_TAIL, F_SENTENCE_STARTER, F_TITLE_HEAD,
  F_TITLE_WORD, F_UPPER_CASE, NOT_IN_A_PERSON_NAME,
} from '../word-class';

/** Words a run of capitals never ends a name with: calendar words ("Minggu"), and the
 *  pronouns written with a capital in an interviewer's question ("Film Anda diputar di
 *  mana?", "Buku Anda"), which no Indonesian name ends with. */
const NEVER_ENDS_A_NAME = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].join('|')}|wib|wita|wit|anda|kamu|engkau|beliau)$`);

export const unknownName: ActorRule = {
  name: 'unknown-name',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    const extEnd = unknownExtent(ctx, i);
    // "Grab Indonesia": a run of one word (or a connective and one word) that a country
    // ends is asked about first (national-arm.ts; called from here, not from the table, so
    // that the tokens no run stops at cost no call of their own).
    if (extEnd - i <= 2 && extEnd < ctx.nt && adjacent(ctx, extEnd - 1, extEnd) && !ctx.extentJoinsKbPerson) {
      const next = nationalArm.apply(ctx, i);
      if (next !== NO_MATCH) return next;
    }
    if (ctx.extentJoinsKbPerson) return mergeIntoKbPerson(ctx, i, extEnd);
    const gelarName = gelarNameIn(ctx, i, extEnd);
    if (gelarName === i) {
      pushMention(ctx, ctx.ts[i], ctx.te[extEnd - 1], 'PER', 'pattern');
      return extEnd;
    }
    return classifyUnknown(ctx, i, gelarName > i ? gelarName : extEnd);
  },
};

/** "Zulkifli Datuk Bandaro", "Erman Datuk Majo Indo": a run read whole because a Minangkabau
 *  gelar stands in it (minang-gelar.ts) is a man's name, whatever the type model makes of
 *  the gelar's words (a place's, a body's). The token the name starts at, or -1. */
function gelarNameIn(ctx: Ctx, i: number, j: number): number {
  for (let k = i + 1; k < j; k++) {
    if (has(ctx, k, F_HONORIFIC) && wordIs(ctx, k, 'Datuk')) return gelarNameStart(ctx, k);
  }
  return -1;
}

/** "Dmitri S. Peskov" where only "Peskov" is known: the first names join the person. */
function mergeIntoKbPerson(ctx: Ctx, i: number, kbTok: number): number {
  const { ts, nt, p } = ctx;
  const km = kbMatch(ctx, kbTok) as KbMatch;
  let s = i;
  if (isSentenceInitial(p, ts[s])) {
    while (s < kbTok && (has(ctx, s, F_SENTENCE_STARTER) || neverActorAt(ctx, s))) s++;
  }
  while (s < kbTok && (has(ctx, s, F_TITLE_WORD) || neverActorAt(ctx, s))) s++;
  ctx.out.push({ start: ts[s], end: km.end, type: 'PER', canonical: km.entity.canonical, entityId: km.entity.id, alias: km.alias, source: 'kb' });
  let k = kbTok + 1;
  while (k < nt && ts[k] < km.end) k++;
  return k;
}

/** After an English organisation name ending at token e - 1: " of " and a known place
 *  or a capitalised run ("… of Malaysia", "… of Economics"); the index after it, or e. */
function ofPlaceEnd(ctx: Ctx, e: number): number {
  const { p, ts, te, nt } = ctx;
  if (e >= nt || ts[e] - te[e - 1] !== 4 || !p.startsWith(' of ', te[e - 1])) return e;
  const place = kbMatch(ctx, e);
  if (place) {
    if (place.entity.type !== 'GPE') return e;
    let k = e + 1;
    while (k < nt && ts[k] < place.end) k++;
    return k;
  }
  if (has(ctx, e, F_NEVER_ACTOR | F_TITLE_HEAD)) return e;
  let k = unknownExtent(ctx, e);
  // "Center of Reform on Economics": English connectors carry the name on.
  while (k < nt && k > e && ENGLISH_CONNECTORS.between(ctx, k - 1, k) && !has(ctx, k, F_NEVER_ACTOR | F_TITLE_HEAD) && !kbMatch(ctx, k)) {
    k = unknownExtent(ctx, k);
  }
  return k;
}
/** English connectors that carry an English body's name on past its first words. */
const ENGLISH_CONNECTORS = new NameConnectors([' of ', ' on ', ' and ', ' for ']);
const COLLEGE_TAILS = new Set(['college', 'university', 'school']);
const CAPITALISED_DOMAIN = /^\p{Lu}[\p{L}\p{N}]+\.(?:com|net|co\.id|id)$/u;

/** "Dewa United FC" is the club Dewa United (annotation decision for the new beats); a
 *  one-word club keeps "FC" ("Selangor FC", "Arema FC"), or it would share the identity of
 *  its place. `words` counts the name's words, "FC" included. */
function clubWithoutFc(club: LocalMention, words: number): void {
  if (words >= 3 && club.canonical.endsWith(' FC')) club.canonical = club.canonical.slice(0, -3);
}

/** "(Foto: AFP/Getty Images/Arif Roriba)", "Foto: Arif Roriba": in a photo credit a name
 *  of two or three words with no organisation's head, tail or acronym is the photographer. */
function photographer(ctx: Ctx, s: number, e: number): boolean {
  if (!lowIs(ctx, 0, 'foto') || e - s < 2 || e - s > 3) return false;
  for (let k = s; k < e; k++) if (has(ctx, k, F_ORG_HEAD | F_ORG_TAIL | F_UPPER_CASE)) return false;
  return true;
}

/** "e-" (a lower-case e and a hyphen, opening a word) stands right before `start`. */
function electronicPrefixBefore(p: string, start: number): boolean {
  if (start < 2 || p.charCodeAt(start - 1) !== 45 || p.charCodeAt(start - 2) !== 101) return false;
  const c = start > 2 ? p.charCodeAt(start - 3) : 32;
  return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127);
}

/** Types the unknown name [i, j) from its context; returns the next token index. */
function classifyUnknown(ctx: Ctx, i: number, j: number): number {
  const { p, ts, te, nt } = ctx;
  let s = i;
  let e = j;
  const inValue = i >= ctx.valueFrom && (ctx.mode === 'credit' || ctx.mode === 'source');
  // ("Petani Sutrisno menanam …": a name the model reads as a person's after a trade noun)
  let tradeNamed = false;
  // "e-RDKK", "e-KTP", "e-Katalog": an electronic system or document, no actor.
  if (electronicPrefixBefore(p, ts[i])) return j;
  // "berjudul "Pulung Gantung"": a work's title, no actor (work-title.ts).
  if (workTitleAt(p, ts[i])) return j;
  // "Radar Depok": a regional paper, not the town (regional-newspaper.ts).
  const paper = regionalNewspaper(ctx, i);
  if (paper >= 0) return paper;
  // "Saham Semen Padang naik": a cement company (or its club) named with its place (cement-company.ts).
  const cement = cementCompanyEnd(ctx, j - 1);
  if (cement >= 0) {
    pushMention(ctx, ts[j - 1], cement, 'ORG', 'pattern');
    let k = j;
    while (k < nt && ts[k] < cement) k++;
    return k;
  }
  if (isSentenceInitial(p, ts[s]) && !inValue) {
    while (s < e && (has(ctx, s, F_SENTENCE_STARTER) || neverActorAt(ctx, s)) && !opensName(ctx, i, s, e) && namePartOpening(ctx, s, e) === 0) s++;
    // "Pihak Maskapai Pelita Airways": after the opener, the kind of company (word-class.ts
    // GENERIC_SKIP, skipped where a run starts with it) is no part of the name either.
    if (s > i) while (s < e - 1 && has(ctx, s, F_GENERIC_SKIP) && ORG_CUE_WORDS.hasAt(p, ts[s], te[s])) s++;
    // "Menurut Radio New Zealand, …": the paper after the sentence's opener (regional-newspaper.ts).
    if (s > i && s < e) {
      const opened = regionalNewspaper(ctx, s);
      if (opened >= 0) return opened;
    }
    // "Kata Andi, acara itu batal": "Kata" is a cue only before a name closed by a comma;
    // "Kata Pengantar buku itu", "Kata Sambutan disampaikan" are compounds, no actor.
    if (s > i && s < e && lowIs(ctx, s - 1, 'kata') && p.charCodeAt(te[e - 1]) !== 44) return j;
    // "Mahasiswa menolak …", "Perseroan menyatakan …", "Pengungsi mengatakan …": one word
    // opening a sentence that is a common noun for people by role or trade, or has the shape
    // of a derived or agent noun, is that noun, even before a speech verb (issue 13). (Made
    // weak instead, a quote naming it as its speaker would confirm it: the very error.) The
    // link pass drops the other common words the article writes in lower case
    // (common-noun-starts.ts).
    if (e - s === 1 && (PERSON_NOUN_WORDS.hasAt(p, ts[s], te[s]) || has(ctx, s, F_DERIVED_NOUN) || AGENT_NOUN.test(low(ctx, s)))) return j;
    // "Guru Honorer di sekolah itu, …", "Pekerja Migran asal desa itu …": such a noun and a
    // word that qualifies it are the group of people, no name either.
    if (e - s === 2 && PERSON_NOUN_WORDS.hasAt(p, ts[s], te[s]) && PEOPLE_QUALIFIER_WORDS.hasAt(p, ts[s + 1], te[s + 1])) return j;
    // "Perajin Hamdani Syarifuddin bekerja …": such a noun before a person's name opened by a
    // given name is the person's trade, no word of the name (trade-before-name.ts).
    const named = nameStartAfterTradeNoun(ctx, s, e);
    tradeNamed = named.start > s && named.sure;
    s = named.start;
  }
  // "Tribun-Medan.com", "Pos-Kupang.com": a capitalised outlet domain with hyphens is an
  // organisation (the KB knows the common ones; this is for the others).
  // (a hyphen right after the first word first: most names are turned away unmatched)
  HYPHEN_DOMAIN.lastIndex = ts[i];
  if (p.charCodeAt(te[i]) === 45 && !inValue && HYPHEN_DOMAIN.test(p)) {
    const end = HYPHEN_DOMAIN.lastIndex;
    pushMention(ctx, ts[i], end, 'ORG', 'pattern');
    nameOutletDomain(ctx.out, ts[i]);
    let k = i + 1;
    while (k < nt && ts[k] < end) k++;
    return k;
  }
  // "kelompok suporter The Macz Man": English "The" opens an organisation's name (the
  // KB's "The Times", "The Straits Times"), not a person's. (Read off the token's
  // characters: asked for every unknown name, the word's lower-case string was a cache miss.)
  const the = s < e && isLowerWordAt(p, ts[s], te[s], 'the') && s + 1 < e && adjacent(ctx, s, s + 1);
  // ("Kolonel Sar Vuthy", "Grace Akinyi Were": a Title Case acronym or auxiliary in a name is
  // the name's word, listed-word-in-name.ts)
  while (s < e && neverActorAt(ctx, s) && !opensName(ctx, i, s, e)) s++;
  while (e > s && neverActorAt(ctx, e - 1) && (e - 1 === s || NEVER_ENDS_A_NAME.test(low(ctx, e - 1)))) e--;
  if (the && s < e && ts[s] === te[i] + 1 && !inValue) {
    pushMention(ctx, ts[i], te[e - 1], 'ORG', 'pattern');
    return acronymAfter(ctx, e, ctx.out.length - 1);
  }
  // "PSBS Biak", "PSIM Yogyakarta": a club's acronym (Persatuan Sepak Bola + initials) with
  // its town is one organisation, and a name after it is someone else ("pelatih PSBS Biak
  // Eduardo Almeida Daro"). A town the KB does not know must start with one of the
  // acronym's initials: in "Pelatih PSIS Rodrigo Valença" the word after the club is its coach.
  if (e - s === 1 && !inValue && isClubInitialsAt(p, ts[s], te[s]) && s + 1 < nt && adjacent(ctx, s, s + 1) && p.charCodeAt(te[s]) === 32 &&
      !has(ctx, s + 1, F_TITLE_HEAD | F_ORG_HEAD | F_UPPER_CASE)) {
    const town = kbMatch(ctx, s + 1);
    if (town ? town.entity.type === 'GPE' : p.slice(ts[s] + 2, te[s]).includes(p[ts[s + 1]] as string)) {
      let k = s + 2;
      if (town) while (k < nt && ts[k] < town.end) k++;
      pushMention(ctx, ts[s], te[k - 1], 'ORG', 'pattern');
      return k;
    }
  }
  // "PS Meureudu Raya": a football club (ps-club.ts).
  if (e - s === 1 && !inValue) {
    const club = psClubEnd(ctx, s);
    if (club > s + 1) { pushMention(ctx, ts[s], te[club - 1], 'ORG', 'pattern'); return club; }
    const product = psProductEnd(ctx, s);
    if (product > 0) return product;
  }
  // "bus Trans Semarang", "Trans Jogja": a city's bus service is named "Trans" + the city,
  // and is run by a body (an ORG, not the city); "jalan Trans Papua", "tol Trans Jawa" are roads.
  if (e - s === 1 && wordIs(ctx, s, 'Trans') && s + 1 < nt && adjacent(ctx, s, s + 1) && p.charCodeAt(te[s]) === 32) {
    const place = kbMatch(ctx, s + 1);
    const prev = wordBefore(p, ts[s]);
    if (place && place.entity.type === 'GPE' && !(prev && ROAD_WORDS.hasAt(p, prev.start, prev.end))) {
      let k = s + 2;
      while (k < nt && ts[k] < place.end) k++;
      pushMention(ctx, ts[s], place.end, 'ORG', 'pattern');
      return k;
    }
  }
  // "Majelis menilai …": an organisation head alone (its rule found no name after it) is
  // the common noun, no person.
  if (e - s === 1 && has(ctx, s, F_ORG_HEAD) && !has(ctx, s, F_UPPER_CASE) && !inValue) {
    // ("tim Dishub turun": a regional body's short head alone is a weak mention, which the
    // link pass gives the identity of the one such body the article names in full)
    if (isRegionalShortHead(word(ctx, s))) pushMention(ctx, ts[s], te[s], 'ORG', 'weak');
    return j;
  }
  if (s >= e) return j;
  // "High Level Meeting on Water", "Jakarta Futures Forum": an event, no actor.
  if (has(ctx, e - 1, F_EVENT_TAIL)) return j;
  const start = ts[s];
  const end = te[e - 1];
  const n = e - s;
  // "warga Sungai Kunjang atau Loa Janan Ilir", "di Telukjambe Timur": a district (kecamatan)
  // is a region, no actor (districts.ts).
  if (n >= 2 && isDistrictName(p.slice(start, end))) return j;
  // ("Ajudannya bilang …": a possessed noun as the subject, sentence-adverb.ts)
  if (n === 1 && possessedNounSubject(p, start, end)) return j;
  const singleLength = te[s] - ts[s];
  const isAcronym = n === 1 && singleLength >= 2 && singleLength <= 6 && has(ctx, s, F_UPPER_CASE);

  // "TribunnewsSultra.com", "Tribunmanado.co.id": a capitalised web domain is an outlet.
  if (n === 1 && (p.charCodeAt(end - 4) === 46 || p.charCodeAt(end - 3) === 46) /* . */ && CAPITALISED_DOMAIN.test(word(ctx, s))) {
    pushMention(ctx, start, end, 'ORG', 'pattern');
    nameRegionalPaperDomain(ctx.out, start, ctx.kb);
    return j;
  }
  if (ctx.mode === 'credit' && inValue) {
    // "Editor: Rr. Ayu Kinanti": an abbreviated honorific before a credited name is no name.
    if (n === 1 && has(ctx, s, F_TITLE_HEAD) && p.charCodeAt(end) === 46 /* . */) return j;
    pushMention(ctx, start, end, isAcronym ? 'ORG' : 'PER', 'pattern');
    return j;
  }
  if (ctx.mode === 'source' && inValue) {
    pushMention(ctx, start, end, photographer(ctx, s, e) ? 'PER' : 'ORG', 'pattern');
    return j;
  }
  // "Data and Network Security Research Center": English words joined by
  // "and" to a name that ends in an organisation's tail are one name.
  if (e === j && has(ctx, s, F_ENGLISH_NOUN) && j < nt && ts[j] - te[j - 1] === 5 && p.startsWith(' and ', te[j - 1]) && !kbMatch(ctx, j)) {
    const k = unknownExtent(ctx, j);
    if (k > j && has(ctx, k - 1, F_ORG_TAIL)) {
      pushMention(ctx, start, te[k - 1], 'ORG', 'pattern');
      return acronymAfter(ctx, k, ctx.out.length - 1);
    }
  }
  // "Esports kini menjadi cabang olahraga", "Persib Bandung Esports": the trade word ends a
  // team's name, alone it is the sport.
  if (n === 1 && lowIs(ctx, s, 'esports')) return j;
  if (has(ctx, e - 1, F_ORG_TAIL) || teamWordInRun(ctx, s, e)) {
    // "Indonesia Corruption Watch": a known place right before an ORG tail joins it.
    const prev = ctx.out[ctx.out.length - 1];
    if (prev && prev.source === 'kb' && prev.type !== 'PER' && p.slice(prev.end, start) === ' ') {
      ctx.out.pop();
      pushMention(ctx, prev.start, end, 'ORG', 'pattern');
      // "Bali United FC": a club named with its place and a club word ("United") drops "FC"
      // as below; "Jakarta Raya FC" keeps it (issue13-patterns test 3).
      if (n >= 2 && has(ctx, e - 2, F_ORG_TAIL)) clubWithoutFc(ctx.out[ctx.out.length - 1], n + 1);
      return acronymAfter(ctx, e, ctx.out.length - 1);
    }
    pushMention(ctx, start, end, 'ORG', 'pattern');
    // "Badminton Association of Malaysia", "Global New Light of Myanmar": an English name
    // runs on over "of" and the place or name after it.
    const of = ofPlaceEnd(ctx, e);
    if (of > e) {
      const org = ctx.out[ctx.out.length - 1];
      if (org && org.start === start) { org.end = te[of - 1]; org.canonical = p.slice(start, org.end); }
      return acronymAfter(ctx, of, ctx.out.length - 1);
    }
    const club = ctx.out[ctx.out.length - 1];
    if (club && club.start === start) clubWithoutFc(club, n);
    // "Mirae Asset Sekuritas Indonesia": a company's subsidiary is named with its country
    // after the company's tail (company-tails.ts).
    const country = n >= 2 && e < nt && adjacent(ctx, e - 1, e) && p.charCodeAt(end) === 32 ? kbMatch(ctx, e) : null;
    if (country && isCountry(country.entity) && club && club.start === start &&
        COMPANY_TAILS.has(low(ctx, e - 1))) {
      return nameRunsTo(ctx, club, e, country.end);
    }
    // "Highland Tea Trading Company Limited": an English company's legal words after its
    // trade word are its name's ("Company" heads a body of its own otherwise; dev d294).
    if (club && club.start === start && COMPANY_TAILS.has(low(ctx, e - 1))) {
      let k = e;
      while (k < nt && adjacent(ctx, k - 1, k) && ENGLISH_LEGAL_WORDS.has(low(ctx, k))) k++;
      if (k > e) return nameRunsTo(ctx, club, e, te[k - 1]);
    }
    // "King's College London", "Imperial College London": an English college's city right
    // after it is part of its name.
    const city = COLLEGE_TAILS.has(low(ctx, e - 1)) && e < nt && adjacent(ctx, e - 1, e) && p.charCodeAt(end) === 32 ? kbMatch(ctx, e) : null;
    if (city && city.entity.type === 'GPE' && !isCountry(city.entity) && club && club.start === start) {
      return nameRunsTo(ctx, club, e, city.end);
    }
    return acronymAfter(ctx, e, ctx.out.length - 1);
  }
  // "Pelindo Regional 4 Makassar": a body the KB does not know with its numbered regional
  // unit and the unit's place is one organisation (company-unit.ts reads the unit).
  // (Not a title's remit: "Kepala Administrasi Militer Regional Kharkiv", title-remit.ts.)
  if (n >= 2 && e === j && COMPANY_UNIT_WORDS.has(low(ctx, e - 1)) && !(ctx.titleCue && remitBeforeKnownName(ctx, s, e, j))) {
    const unitEnd = companyUnitEnd(ctx, e - 1, false);
    if (unitEnd > e) {
      pushMention(ctx, start, te[unitEnd - 1], 'ORG', 'pattern');
      return acronymAfter(ctx, unitEnd, ctx.out.length - 1);
    }
  }
  // "Inspektur Pembantu Wilayah III": a numbered area, no place's name.
  if (ctx.placeCue) { if (!(isAcronym && ROMAN_NUMERAL.test(p.slice(start, end)))) pushPlace(ctx, s, e, !isAcronym); return j; }
  // "US$ 18 juta", "S$": a currency sign, no actor.
  if (p.charCodeAt(end) === 36 /* $ */) return j;
  // "dari Sanaa dan Marib": one word joined to a place by "dan" is a place too.
  if (n === 1 && !isAcronym && (joinedToPlace(ctx, start, end) || placeJoinedAfter(ctx, e, start))) { pushMention(ctx, start, end, 'GPE', 'pattern'); return j; }
  // "rute Kupang-Waingapu-Tambolaka", "Kupang-Alor": a member of a route is a place
  // (route-places.ts), a regency the gazetteer names only with its prefix that regency.
  // (Session 56 tried "no actor" for an unknown end next to an Indonesian place, a harbour
  // or a kecamatan: it also dropped real towns the KB withholds as bare names, "Darwin",
  // "Santiago", and lowered the held-out row; reverted.)
  if (n === 1 && !isAcronym && routeMember(ctx, s)) {
    const regency = bareRegencyAt(ctx, s);
    if (regency) ctx.out.push({ start, end, type: 'GPE', canonical: regency.entity.canonical, entityId: regency.entity.id, alias: regency.alias, source: namedByIslandWord(regency) ? 'pattern' : 'kb' });
    else pushMention(ctx, start, end, 'GPE', 'pattern');
    return j;
  }
  if (isAcronym && ROMAN_NUMERAL.test(p.slice(start, end))) return j; // "kuartal III"
  // "Nomor: 1187/HM.130/A/12/2025": letters inside a reference number, no actor.
  if (isAcronym && insideReferenceNumber(p, start, end)) return j;
  // "penerbangan GA 123", "di setiap TPS", "menjadi BPR ke-14": a code or a kind of thing.
  if (isAcronym && genericAcronym(p, start, end)) return j;
  if (isAcronym) {
    // "CNN Indonesia", "KBRI Amman": an unknown acronym with a place is one organisation.
    // ("DPRD Pati": a regency the gazetteer names only with its prefix, bare-regency.ts)
    // ("DPRD Kota Makassar": a place the KB knows after its official prefix, named-place.ts)
    const m = j < nt && j === e && adjacent(ctx, j - 1, j) ? kbMatch(ctx, j) ?? bareRegencyAt(ctx, j) ?? prefixedPlace(ctx, j) : null;
    // "BEM UGM": an unknown acronym before a university is a body of that university.
    if (m && (m.entity.type === 'GPE' || (m.entity.type === 'ORG' && UNIVERSITY.test(m.entity.canonical))) && p.charCodeAt(end) === 32) {
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      pushMention(ctx, start, m.end, 'ORG', 'pattern');
      return k;
    }
    // "ASDP Cabang Ketapang": the branch and its town (branch-town.ts)
    const branchEnd = j === e ? acronymBranchEnd(ctx, j) : j;
    // "perangkat GPS", "menghitung PAD": an acronym the model reads as a term, no body's
    // name, is a weak mention: an actor only where the article confirms it. Not after a
    // place word ("di HST"): the link pass reads that as a regency by its initials.
    if (branchEnd === j && !afterPlaceWord(p, start) && modelSays(ctx, s, e, O, ORG, modelMargins().acronym)) {
      pushMention(ctx, start, end, 'ORG', 'weak');
      return j;
    }
    // "tidak ada THR", "membeli AC": after a lower-case word that points to no actor, and
    // with no verb after it, a weak mention too (acronym-evidence.ts).
    const weak = branchEnd === j && acronymWithoutBodyEvidence(p, start, end, ctx.out);
    pushMention(ctx, start, branchEnd > j ? te[branchEnd - 1] : end, 'ORG', weak ? 'weak' : 'pattern');
    return branchEnd;
  }
  // The words around the name are looked up where they stand (see LowerWordSet).
  const before = wordBefore(p, start);
  let verb = wordAfter(p, end);
  if (verb && VERB_ADVERB_WORDS.hasAt(p, verb.start, verb.end)) verb = wordAfter(p, verb.end);
  // One space between that word and the name, read in place (a slice of the gap per
  // unknown name was garbage). wordBefore skips blanks only, so nothing else stands there.
  const spaced = before !== null && start - before.end === 1 && p.charCodeAt(before.end) === 32;
  // "indeks Hang Seng": a market index, no actor.
  if (spaced && afterIndexWord(p, start)) return j;
  // "kereta api Argo Cahaya", "kapal Sinar Bahari", "Kapal motor penumpang (KMP) Tanjung
  // Bahari": a vehicle's name, no actor.
  if (spaced && vehicleWordAt(p, before.start, before.end) && !vehiclesPerson(p, before.start, start, end)) return j;
  if (p.charCodeAt(start - 1) === 32 && p.charCodeAt(start - 2) === 41 /* ) */) {
    const inBrackets = wordBefore(p, start - 2);
    if (inBrackets && inBrackets.end === start - 2 && vehicleWordAt(p, inBrackets.start, inBrackets.end)) return j;
  }
  // "BPBD Lembata" after its full name and acronym: a regency the gazetteer names only with
  // its prefix, where a region is called for (after a regent's or a mayor's title: the rule
  // region-after-title).
  if (regionalOfficeBefore(ctx, start)) {
    const regency = bareRegencyAt(ctx, s);
    if (regency) {
      ctx.out.push({ start, end: te[s], type: 'GPE', canonical: regency.entity.canonical, entityId: regency.entity.id, alias: regency.alias, source: 'kb' });
      return s + 1;
    }
  }
  // "Bupati Banjarnegara, Amalia …": after a region head's title and before a comma, the
  // name is the region (a regency's canonical name carries "Kabupaten").
  if (before && spaced && p.charCodeAt(end) === 44 && REGION_HEAD_TITLE_WORDS.hasAt(p, before.start, before.end)) {
    pushMention(ctx, start, end, 'GPE', 'pattern');
    const last = ctx.out[ctx.out.length - 1];
    if (last && last.start === start && isLowerWordAt(p, before.start, before.end, 'bupati')) last.canonical = `Kabupaten ${last.canonical}`;
    return j;
  }
  // "Wartawan Antara …": the journalist's outlet (journalist-outlet.ts); a name after it is read on its own.
  if (before && spaced && journalistOutletAt(ctx, s, before.start, before.end)) return s + 1;
  // "kata Johan kepada Harian Metro", "seperti dikutip Antara": the channel that carries a
  // statement is an outlet, never the speaker (issue 13, pattern 15).
  if (before && spaced && outletCue(ctx, before.start, before.end)) {
    const surface = p.slice(start, end);
    const outlet = ctx.kb.lookup(surface) ?? ctx.kb.lookup(surface.toUpperCase());
    if (outlet && outlet.type === 'ORG') ctx.out.push({ start, end, type: 'ORG', canonical: outlet.canonical, entityId: outlet.id, alias: surface, source: 'kb' });
    else pushMention(ctx, start, end, 'ORG', 'pattern');
    return j;
  }
  // "Menurut Radio Prambors, …", "Harian Rakyat Merdeka menulis": an outlet named with its
  // medium's noun is an organisation (media-cue.ts). (After a title, "Wartawan Radar Tegal
  // Nurul Fitriani", the outlet and its journalist are read below.)
  if (n >= 2 && !ctx.titleCue && opensWithMediaNoun(p, start, end)) {
    pushMention(ctx, start, end, 'ORG', 'pattern');
    // ("Radio Suara Surabaya": a known place closing the outlet's name is part of it where
    // a regional paper's word names the outlet with its town, regional-newspaper.ts; after a
    // name of its own, "Radio Elshinta Jakarta", "Harian Asahi Jepang", it is where, review47)
    const place = e === j && n === 2 && isRegionalPaperWord(p.slice(ts[s + 1], te[s + 1])) ? placeClosingName(ctx, e) : null;
    return place ? nameRunsTo(ctx, ctx.out[ctx.out.length - 1], e, place.end) : j;
  }
  // "Toraja Utara", "Timor Tengah Selatan": a name ending in a direction is a place.
  if (n >= 2 && has(ctx, e - 1, F_DIRECTION)) { pushMention(ctx, start, end, 'GPE', 'pattern'); return j; }
  // "band Senja Rimba", "grup musik Langit Sore": a band (band-name.ts).
  if (bandNounBefore(p, start) && !personAfterBandNoun(ctx, s, e)) { pushMention(ctx, start, end, 'ORG', 'pattern'); return j; }
  // "Federasi dayung internasional, Rowing Pacifica, menunda …": a name apposed to a phrase a
  // kind of body heads is that body (body-kind-phrase.ts), whatever the model reads in it.
  // (Only in apposition: right after the phrase, "kelompok bersenjata Undius Kogoya", a group
  // is named after its leader as often.)
  // (Closed by its own comma: "Soal perusahaan itu, Andi menolak …" is a topic, then the subject.)
  if (p.charCodeAt(end) === 44 && bodyKindPhraseBefore(p, start)) {
    pushMention(ctx, start, end, 'ORG', 'pattern');
    return acronymAfter(ctx, e, ctx.out.length - 1);
  }
  // "perusahaan rintisan logistik Kirimaja": an organisation noun shortly before.
  if (orgCueBefore(p, start) || groupNameCueBefore(p, start) || mediaNounBefore(p, start)) {
    // ("operator crane Kusnadi (39)": a name given an age is a person's, the noun its trade)
    if (ageInBrackets(p, start, end)) {
      pushMention(ctx, start, end, 'PER', 'pattern');
      return j;
    }
    // ("kelompok suporter Natiku Bahari Agung Setiawan": the group and its head's name)
    const next = bodyAndHolder(ctx, s, e, j);
    if (next >= 0) return next;
    // ("direktur perusahaan Gregorius Hadi Santoso": the noun is a title's, and a full name
    // the model reads as a person's with no doubt is its holder)
    if (n >= 2 && modelSays(ctx, s, e, PER, ORG, modelMargins().holderAfterOrgNoun)) {
      pushMention(ctx, start, givenNameEnd(p, end), 'PER', 'pattern');
      return j;
    }
    pushMention(ctx, start, end, 'ORG', 'pattern');
    return acronymAfter(ctx, e, ctx.out.length - 1);
  }
  // A title's qualifier is no name: "Direktur Jenderal Pembinaan Hubungan Industrial",
  // "Direktur Imunisasi" (issue 13, pattern 8).
  const qualifier = anyHas(ctx, s, e, F_DERIVED_NOUN);
  // "CEO Kirimaja, Gilang Pradipta, …": one word between a title and the full name it
  // introduces is the title's organisation (issue 13: single-word companies as persons).
  // Two words too when the full name closes its apposition with a comma ("Direktur Utama
  // Sinyal Raya, Medana Kurniawan Lim, optimistis …").
  // Or a run of more words the name model reads as an organisation's name ("Kepala Riset
  // Cakra Modal Utama, Laras Widyaningrum."; seen in dev d177), however the apposition ends. Or, with the
  // apposition closed, a run of three words or more it does not read as a person's ("Peneliti
  // Arus Bumi Setara, Wulan Paramita, menilai …"; seen in dev d463: a body of ordinary words the
  // model reads as a place as readily), except after a region's head ("Bupati …").
  if (ctx.titleCue && !qualifier && (n === 1 || (n >= 2 && appositionClosed(ctx, j) && (n === 2 || bodyBeforeHolder(ctx, s, e, before))) ||
      (n >= 2 && modelSays(ctx, s, e, ORG, PER, modelMargins().titleBody))) && e === j && j + 1 < nt && p.charCodeAt(end) === 44 && ts[j] === end + 2 &&
      adjacent(ctx, j, j + 1) && !has(ctx, j, F_TITLE_HEAD | F_TITLE_WORD | F_ORG_HEAD) && !kbMatch(ctx, j) &&
      // ("Pengacara Villaroman, Jose Lacson, …": a lawyer's client, a person as often; client-of-counsel.ts)
      !clientOfCounsel(ctx, s, e)) {
    pushMention(ctx, start, end, 'ORG', 'pattern');
    return j;
  }
  // "Persebaya Surabaya", "Persib Bandung": an Indonesian club (Pers- + its city) is an
  // organisation (issue 13, pattern 3), also after a player's title ("pemain Persebaya Surabaya").
  if (n === 1 && e === j && j < nt && adjacent(ctx, j - 1, j) && p.charCodeAt(end) === 32 && CLUB_NAME.test(p.slice(start, end))) {
    // ("Persekat Tegal": a town the gazetteer names only as a regency and a city, the club's
    // own name a cue for it)
    const m = kbMatch(ctx, j) ?? bareRegencyAt(ctx, j);
    if (m && m.entity.type === 'GPE') {
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      pushMention(ctx, start, m.end, 'ORG', 'pattern');
      return k;
    }
  }
  // "Persita", "pelatih Persita Marcelo Duarte": a Pers- club's name alone is the club,
  // and a name after it is someone else (not "Persoalan", a derived noun).
  if (CLUB_NAME.test(p.slice(ts[s], te[s])) && !has(ctx, s, F_DERIVED_NOUN | F_SENTENCE_STARTER)) {
    // "Direktur Teknik Persekat Tegal Hendro Wunaka": its town right after it is the
    // club's (a regency the gazetteer names only with its prefix too).
    const town = s + 1 < nt && adjacent(ctx, s, s + 1) ? kbMatch(ctx, s + 1) ?? bareRegencyAt(ctx, s + 1) : null;
    if (town && town.entity.type === 'GPE' && town.end === te[s + 1]) {
      pushMention(ctx, ts[s], town.end, 'ORG', 'pattern');
      return s + 2;
    }
    pushMention(ctx, ts[s], te[s], 'ORG', 'pattern');
    return s + 1;
  }
  // "Kepala Administrasi Militer Regional Kharkiv": a title's remit or a body before a known
  // place or body, no person (title-remit.ts); a body of a country is joined to it below.
  const remit = ctx.titleCue && !qualifier && remitBeforeKnownName(ctx, s, e, j);
  const titleCue = !remit && ((ctx.titleCue && !qualifier) || (before !== null && TITLE_HEAD_WORDS.hasAt(p, before.start, before.end) && !qualifier));
  // ("televisi negara di Conakry menyatakan …": after "di" or "ke" the run is where the
  // speaker is, not who; the verb's subject is further back, dev d263; so after "asal":
  // "pemandu asal Wamena mengaku", place-preposition.ts)
  const speechCue = !remit && ((verb !== null && SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end) && !placePrepositionBefore(p, before, start)) ||
    // "Seorang pengungsi, Suwarni, menuturkan …": an appositive name before a speech verb.
    (p.charCodeAt(end) === 44 && p.charCodeAt(start - 1) === 32 && p.charCodeAt(start - 2) === 44 && speechVerbAfterComma(p, end)));
  const otherCue = !remit && ((before && (isLowerWordAt(p, before.start, before.end, 'bicara') || POST_CUE_WORDS.hasAt(p, before.start, before.end) ||
      isLowerWordAt(p, before.start, before.end, 'menurut'))) ||
    // "Hasnah, warga Kecamatan Binamu, mengaku …", "Rosmaida, pedagang bakso, …": a name
    // with a person's role in apposition.
    // (not "Menurutnya, petani …": a sentence adverb, sentence-adverb.ts; nor "di Dobo, istri
    // saya …": a place, then the next clause's subject, place-preposition.ts)
    (p.charCodeAt(end) === 44 && p.charCodeAt(end + 1) === 32 && personRoleAt(p, end + 2) && !(n === 1 && sentenceAdverbWithNya(p, start, end)) &&
      !placePrepositionBefore(p, before, start)) ||
    // "Anggota … dari Fraksi Partai NasDem, Amelia Lebamu Siregar, berencana …": a name of two
    // words or more in apposition right after a body is the person the role before it names.
    (n >= 2 && p.charCodeAt(end) === 44 && apposedAfterBody(ctx, start)) ||
    // "Ketua Kelompok Tani Sido Makmur, Paiman, …": one name after a body a title heads, read
    // as a person's by the name model (not "Kelompok Tani X, Sleman, …").
    (n === 1 && p.charCodeAt(end) === 44 && apposedAfterBody(ctx, start) && titleBeforeLastBody(ctx) && readsAsPerson(p, start, end)) ||
    // "Anggota Fraksi PDI Perjuangan Jawilo meragukan …": a name (one word or more) after a
    // titled body, whatever the model reads in it (person-after-titled-body.ts).
    holderAfterTitledBody(ctx, start, end));
  // "Ketua Apdesi Pandeglang", "Ketua Amphuri Sulawesi Selatan": after a title, one word the
  // model reads as a body's name (an acronym written as a word) before a region the KB knows
  // is the body's regional branch, as an acronym's is above.
  // (the title's remit before a known place is asked about the same way: "Apdesi" is read as
  // no person's name alone, title-remit.ts)
  if ((titleCue || remit) && n === 1 && e === j && !(before !== null && REGION_HEAD_TITLE_WORDS.hasAt(p, before.start, before.end))) {
    const branch = regionalBranchOfWord(ctx, s, j);
    if (branch > 0) return branch;
  }
  if (titleCue || speechCue || otherCue) {
    // "Sekretaris Jenderal Gapeksi Andi Ruslan mengatakan": a body and its holder glued.
    if (!listedAfterPerson(ctx, start)) {
      // ("Gitaris Slank Abdee Negara": a band and its member, band-name.ts)
      const member = titleCue ? bandBeforeMember(ctx, s, e) : -1;
      if (member > 0) {
        pushMention(ctx, start, te[s], 'ORG', 'pattern');
        pushMention(ctx, ts[member], givenNameEnd(p, end), 'PER', 'pattern');
        return j;
      }
      const next = bodyAndHolder(ctx, s, e, j);
      if (next >= 0) return next;
    }
    // (one clue alone: a title and a speech verb together, "Manajer Humas … Lidya Santoso
    // mengatakan", make a person whatever the model says)
    if (!otherCue && titleCue !== speechCue && !listedAfterPerson(ctx, start) && givenNameEnd(p, end) === end) {
      const next = titleCue ? titleQualifier(ctx, s, e, j) : speakingBody(ctx, s, e);
      if (next >= 0) return next;
    }
    pushMention(ctx, start, givenNameEnd(p, end), 'PER', 'pattern');
    return j;
  }
  // "Masyarakat Transportasi Indonesia", "Persatuan Wartawan Indonesia": a name ending
  // in a country is an organisation of that country.
  if (n >= 2 && e === j && j < nt && adjacent(ctx, j - 1, j) && p.charCodeAt(end) === 32 &&
      !anyHas(ctx, s, e, F_DERIVED_NOUN)) {
    const m = kbMatch(ctx, j);
    if (m && isCountry(m.entity)) {
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      // ("Seorang penjual ikan, Maria Bere Mali, …": a name in apposition to a person's
      // role ending in a word that is also a country's name is that person's, session 56)
      if (personApposedAt(ctx, start, m.end) && !anyHas(ctx, s, e, F_ORG_HEAD)) {
        pushMention(ctx, start, m.end, 'PER', 'pattern');
        return k;
      }
      pushMention(ctx, start, m.end, 'ORG', 'pattern');
      return acronymAfter(ctx, k, ctx.out.length - 1);
    }
  }
  if (remit) return j;
  if (before && spaced && (PLACE_CUE_WORDS.hasAt(p, before.start, before.end) || federalState(p, before.start, before.end)) && !asalAsLongAs(ctx, before, s, e)) {
    pushPlace(ctx, s, e, true);
    return j;
  }
  // No clue: a multi-word name is most often a person, unless a word has the shape of
  // an Indonesian derived common noun ("Pendapatan", "Keuangan"); one word is only kept
  // if the article confirms it elsewhere (link pass).
  // ("Atlet Indonesia Lalu Ahmad Fadli": a word that opens sentences, written with a capital
  // inside one and before two more words of a name, is a name's word: the Sasak title Lalu;
  // not "Yang Mulia", "Saudara Saksi")
  // (or inside the name: "Fransiskus Laga Doni", surname-run.ts)
  const starterInside = n >= 3 && !isSentenceInitial(p, start) && oneStarterInsideName(ctx, s, e);
  // ("Perdana Kartawiyudha": a title's word opening the name is the name's, opensName; so is
  // a regional name part, "Lalu Muhammad Iqbal", name-part-opener.ts)
  const nameLike = n >= 2 && !anyHas(ctx, s, e, F_DERIVED_NOUN | F_ENGLISH_NOUN) && !anyNeverActor(ctx, neverActorAt(ctx, s) && opensName(ctx, i, s, e) ? s + 1 : s, e) &&
    (starterInside || !anyHas(ctx, s + namePartOpening(ctx, s, e), e, F_SENTENCE_STARTER));
  // With no clue the rules call a multi-word run a person; the name model (name-model/)
  // overrules them only where it is much surer of another type ("Penenun asal Sa'dan
  // Malimbong": a place). Single words stay weak: on the dev set the model took
  // sentence-initial common words ("Longsor", "Campak") for places.
  if (nameLike) {
    const probs = conventionScoresOf(ctx, s, e, PROBS);
    // "Aksi Cepat Tanggap (ACT)": a run whose initials follow in brackets names an
    // organisation, unless the model reads it as a person's name ("Susilo Bambang Yudhoyono
    // (SBY)").
    if (probs[PER] < probs[O] + probs[ORG] && initialsInBrackets(ctx, s, e)) {
      pushMention(ctx, start, end, 'ORG', 'pattern');
      return acronymAfter(ctx, e, ctx.out.length - 1);
    }
    // "Kepala SD Negeri 2 Debome Sri Lestari Handayani": a body and its holder glued
    // (not asked of a run the model reads as one person's name with no doubt: most runs here).
    if (probs[PER] < modelMargins().onePersonSure && !listedAfterPerson(ctx, start)) {
      const next = bodyAndHolder(ctx, s, e, j);
      if (next >= 0) return next;
    }
    // A run the model is much surer is no name at all ("Makan Bergizi Gratis", a programme;
    // "World Tour Finals", an event) is a weak mention: kept only where the article confirms
    // it, and there for the link pass to read as a club or a regency ("Kubu Garuda", "warga
    // Batu Bara"). Not a run that goes on into a hyphenated given name ("Seo Seung-jae"),
    // which the model sees cut short.
    if (probs[O] >= probs[PER] + modelMargins().reject && givenNameEnd(p, end) === end && namePartOpening(ctx, s, e) === 0) {
      pushMention(ctx, start, end, 'PER', 'weak');
      return j;
    }
    const best = bestActorClass(probs);
    // "melalui Yance Rumere, Caio Mendes Tonoku, dan …": a name listed right after a person
    // is another person, whatever its words look like to the model.
    // ("bekas menteri pertambangan Peru, Aurelio Salazar Condori, …": a name in apposition to a
    // person's role is that person, person-apposed-to-role.ts.)
    if (best !== PER && probs[best] >= probs[PER] + modelMargins().retype && !listedAfterPerson(ctx, start) && !personApposedToRole(ctx, s, e) &&
        namePartOpening(ctx, s, e) === 0 && !clientOfCounsel(ctx, s, e)) {
      pushMention(ctx, start, end, MODEL_TYPES[best], 'pattern');
      return best === ORG ? acronymAfter(ctx, e, ctx.out.length - 1) : j;
    }
    // "Kereta Api Sinar Bahari tiba": the model may split what it takes from a person between
    // "no name" and an organisation so that neither reaches its margin: every other class
    // together against PER (modelMargins().notPerson: off as shipped, name-model/README.md).
    if (probs[O] + probs[ORG] + probs[GPE] >= probs[PER] + modelMargins().notPerson && givenNameEnd(p, end) === end && namePartOpening(ctx, s, e) === 0 &&
        !listedAfterPerson(ctx, start) && !personApposedToRole(ctx, s, e) && !clientOfCounsel(ctx, s, e)) {
      pushMention(ctx, start, end, 'PER', 'weak');
      return j;
    }
  }
  // "Salah satu pengungsi, Sutinah (58), mengaku …": an age in brackets after one word
  // makes it a person's name.
  // ("Petani Sutrisno": one word after a trade noun, read as a given name, trade-before-name.ts)
  // ("pembalap asal Thailand Chanon": one word after a role's origin is the person; so is
  // one given an age in apposition, "Ilham, joki berusia 10 tahun", person-of-age.ts.)
  pushMention(ctx, start, nameLike ? givenNameEnd(p, end) : end, 'PER',
    nameLike || tradeNamed || ageInBrackets(p, start, end) || personAfterOrigin(ctx, s) || personOfAge(p, end) || oneNameApposedToRole(ctx, s, e) || introducedAsRole(ctx, s, e) ? 'pattern' : 'weak');
  return j;
}

/** "Rahmat, seorang petani …", "Udin merupakan salah satu nelayan …" (person-introduced-as-role.ts),
 *  unless the name model in context is much surer the word is no name ("Longsor, salah satu
 *  bencana …": the reject margin of the runs with no clue). */
function introducedAsRole(ctx: Ctx, s: number, e: number): boolean {
  if (!personIntroducedAsRole(ctx.p, ctx.te[e - 1])) return false;
  const probs = conventionScoresOf(ctx, s, e, PROBS);
  return probs[O] < probs[PER] + modelMargins().reject;
}

/** The unknown run [s, e) is a body the KB does not know glued to its holder's name, or a
 *  role noun before a name (glued-holder.ts): the mentions are emitted and the next token
 *  index returned, or -1. */
function bodyAndHolder(ctx: Ctx, s: number, e: number, j: number): number {
  const k = gluedHolderStart(ctx, s, e);
  if (k < 0) {
    // ("Penyanyi Nayla Kirana": a role noun before the name, no body)
    if (!(PERSON_NOUN_WORDS.hasAt(ctx.p, ctx.ts[s], ctx.te[s]) || AGENT_NOUN.test(low(ctx, s))) || !roleWordBeforeName(ctx, s, e)) return -1;
    pushMention(ctx, ctx.ts[s + 1], givenNameEnd(ctx.p, ctx.te[e - 1]), 'PER', 'pattern');
    return j;
  }
  pushMention(ctx, ctx.ts[s], ctx.te[k - 1], 'ORG', 'pattern');
  pushMention(ctx, ctx.ts[k], givenNameEnd(ctx.p, ctx.te[e - 1]), 'PER', 'pattern');
  return j;
}

/** " (58)" right after the word [start, end): a person's age, as news gives it after a
 *  name (person-of-age.ts). Not a numbered part of a law ("Pasal 27 Ayat (3)", "Ayat (1) menyebutkan"): a
 *  number before the word, or the word a part of a law; nor a club's points. */
function ageInBrackets(p: string, start: number, end: number): boolean {
  if (ageAsideEnd(p, end) < 0) return false;
  const before = wordBefore(p, start);
  return !(before && isDigit(p.charCodeAt(before.end - 1))) && !LEGAL_PARTS.has(p.slice(start, end).toLowerCase()) &&
    // ("klub Tunas Harapan Raya (43)": a club's points, bracketed-score.ts)
    !bracketedScoreAfter(p, start);
}

/** The convention model gives class `cls` a probability at least `margin` above `than`'s
 *  for the run [s, e) (never with an infinite margin, which the model is not asked for). */
function modelSays(ctx: Ctx, s: number, e: number, cls: number, than: number, margin: number): boolean {
  if (margin === Infinity) return false;
  const probs = conventionScoresOf(ctx, s, e, PROBS);
  return probs[cls] >= probs[than] + margin;
}

/** "Kota Makassar" at token j: a region's official prefix and a place the KB knows after
 *  it, as one match (its end the place's), else null. */
function prefixedPlace(ctx: Ctx, j: number): KbMatch | null {
  if (j + 1 >= ctx.nt || !adjacent(ctx, j, j + 1) || !REGION_PREFIXES.has(word(ctx, j))) return null;
  const m = kbMatch(ctx, j + 1);
  return m && m.entity.type === 'GPE' ? m : null;
}

/** A place word ("di", "ke", …) right before `start`. */
function afterPlaceWord(p: string, start: number): boolean {
  const before = wordBefore(p, start);
  return before !== null && start - before.end === 1 && PLACE_CUE_WORDS.hasAt(p, before.start, before.end);
}

/** "di Canggu", "ke Merak": a place cue before a run the KB does not know. A village or a
 *  district is no actor by the spec; the KB knows the regions that are (provinces,
 *  regencies, cities, countries): a run the model reads as no name by the `place` margin
 *  is a weak mention, an actor only where the article confirms it. Not asked (`ask`
 *  false) of an acronym: "di HST" is a regency by its initials or a body, no village. */
function pushPlace(ctx: Ctx, s: number, e: number, ask: boolean): void {
  const start = ctx.ts[s];
  const end = ctx.te[e - 1];
  pushMention(ctx, start, end, 'GPE', ask && modelSays(ctx, s, e, O, GPE, modelMargins().place) ? 'weak' : 'pattern');
}

/** "Kepala Seksi Distribusi", "dosen Hubungan Internasional": a run the rules would call a
 *  person only because a title stands before it, which the model reads as no name by the
 *  `title` margin, is the title's qualifier: a weak mention, an actor only where the article
 *  confirms it. The next token index, or -1 to leave it to the rules. */
function titleQualifier(ctx: Ctx, s: number, e: number, j: number): number {
  if (!modelSays(ctx, s, e, O, PER, modelMargins().title) && !remitGoesOn(ctx, s, e, j)) return -1;
  pushMention(ctx, ctx.ts[s], ctx.te[e - 1], 'PER', 'weak');
  return j;
}

/** "Menteri Administrasi Publik dan Pemerintahan Daerah, X,", "Kepala Unit Pelaksana Teknis
 *  Pasar, X,": a run after a title that the remit's "dan" or another capitalised word carries
 *  on, whose two words or more the name model alone reads as no name, is the title's remit
 *  (session 48, dev d338, d59); not one a title follows (session 49 probe). */
function remitGoesOn(ctx: Ctx, s: number, e: number, j: number): boolean {
  // (one word is as often a given name that is also a word: "Kepala Desa Slamet dan Sekretaris
  // Desa Untung", "Camat Untung dan Lurah Joko", which the model alone reads as no name)
  if (e - s < 2) return false;
  const { p, te } = ctx;
  const after = te[e - 1];
  const more = j < ctx.nt && (p.startsWith(' dan ', after) ? ctx.ts[j] === after + 5 : ctx.ts[j] === after + 1);
  // (a title there opens the next person's words, and the run before it is a name: "Jaksa
  // Agung Consuelo Porras dan Menteri Dalam Negeri …", which the model alone reads as no name)
  if (!more || has(ctx, j, F_TITLE_HEAD)) return false;
  const words: string[] = [];
  for (let k = s; k < e; k++) words.push(word(ctx, k));
  return nameScorer().score(words, [], [], PROBS)[O] >= modelMargins().remitNoName;
}

/** "Pelindo menyampaikan …": a run the rules would call a person only because a speech verb
 *  follows, which the model reads as an organisation by the `speech` margin, is one
 *  (bodies speak in the news too). The next token index, or -1 to leave it to the rules. */
function speakingBody(ctx: Ctx, s: number, e: number): number {
  // ("Tokoh oposisi …, Nimal Jayasuriya Fernando, menuduh …": a name in apposition to a
  // person's role is that person, person-apposed-to-role.ts)
  if (!modelSays(ctx, s, e, ORG, PER, modelMargins().speech) || personApposedToRole(ctx, s, e)) return -1;
  pushMention(ctx, ctx.ts[s], ctx.te[e - 1], 'ORG', 'pattern');
  return acronymAfter(ctx, e, ctx.out.length - 1);
}
const MODEL_TYPES: readonly ActorType[] = ['PER', 'PER', 'ORG', 'GPE'];
const PROBS = classProbs();

/** The run starting at `start` follows a person found in this paragraph, joined by ", ",
 *  " dan " or ", dan ": an item of a list of people. */
function listedAfterPerson(ctx: Ctx, start: number): boolean {
  const prev = ctx.out[ctx.out.length - 1];
  if (!prev || prev.type !== 'PER' || start - prev.end > 6) return false;
  const gap = ctx.p.slice(prev.end, start);
  return gap === ', ' || gap === ' dan ' || gap === ', dan ';
}

/** "Aksi Cepat Tanggap (ACT)": the run's initials in brackets right after it. */
export function initialsInBrackets(ctx: Ctx, s: number, e: number): boolean {
  const { p, ts, te } = ctx;
  const open = te[e - 1] + 1;
  if (p.charCodeAt(open - 1) !== 32 || p.charCodeAt(open) !== 40) return false;
  let k = open + 1;
  for (let t = s; t < e; t++, k++) if (p.charCodeAt(k) !== p.charCodeAt(ts[t])) return false;
  return p.charCodeAt(k) === 41;
}

/** The name model's class probabilities for the run of tokens [s, e), with the two
 *  tokens before and after it as context. */
function asalAsLongAs(ctx: Ctx, before: { start: number; end: number }, s: number, e: number): boolean {
  if (e - s < 2 || !isLowerWordAt(ctx.p, before.start, before.end, 'asal')) return false;
  const probs = conventionScoresOf(ctx, s, e, PROBS);
  return bestActorClass(probs) === PER && probs[PER] > modelMargins().asalPerson;
}

/** The most probable of the actor classes (PER, ORG, GPE). */
function bestActorClass(probs: Float64Array): number {
  let best = PER;
  for (let c = PER + 1; c < probs.length; c++) if (probs[c] > probs[best]) best = c;
  return best;
}

const UNIVERSITY = /^(?:Universitas|Institut|Universiti|University)\b/;
const ROMAN_NUMERAL = /^[IVXL]+$/;
/** Words right before a vehicle's name ("kereta api Argo Cahaya", "KA Argo Cahaya"). */
const VEHICLE_WORDS = new LowerWordSet(['api', 'ka', 'kapal', 'kereta', 'krl', 'kmp', 'km', 'kri']);
/** p[start, end) is a vehicle word; "api" (fire, of "kereta api") only in lower case: "API" is an
 *  acronym ("Asosiasi Pertekstilan Indonesia (API) Danang Patalo": the name was dropped as
 *  a train's, dev d271). */
function vehicleWordAt(p: string, start: number, end: number): boolean {
  return VEHICLE_WORDS.hasAt(p, start, end) && !(end - start === 3 && p.startsWith('API', start));
}

/** "juragan kapal Yohanis Pangemanan", "kapten kapal Budi Santoso": after a person's noun
 *  (a role, a trade, a title's head) the vehicle word at `vehicle` is what that person owns
 *  or commands, and the name [start, end) the model reads as a person's is that person, no
 *  boat (speakers50, dev d358). "Penumpang kapal Sinar Bahari" keeps the boat: the model
 *  reads its name as no person's. */
function vehiclesPerson(p: string, vehicle: number, start: number, end: number): boolean {
  return personNounBefore(p, vehicle) && readsAsPerson(p, start, end) && !vesselElsewhere(p, start, end);
}

/** A person's noun (a role, a trade, a title's head) right before the vehicle word at `vehicle`. */
function personNounBefore(p: string, vehicle: number): boolean {
  const noun = wordBefore(p, vehicle);
  return noun !== null && vehicle - noun.end === 1 && (PERSON_NOUN_WORDS.hasAt(p, noun.start, noun.end) || TITLE_HEAD_WORDS.hasAt(p, noun.start, noun.end));
}

/** The paragraph writes the name [start, end) elsewhere right after a vehicle word no
 *  person's noun precedes ("Nakhoda kapal Sinar Bahari …. Kapal Sinar Bahari kembali …"):
 *  the name is the vessel's (review50). */
function vesselElsewhere(p: string, start: number, end: number): boolean {
  const name = p.slice(start, end);
  for (let at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + 1)) {
    if (at === start || p.charCodeAt(at - 1) !== 32) continue;
    const vehicle = wordBefore(p, at - 1);
    if (vehicle === null || vehicle.end !== at - 1 || !vehicleWordAt(p, vehicle.start, vehicle.end)) continue;
    if (!personNounBefore(p, vehicle.start)) return true;
  }
  return false;
}

/** Letters between digits joined by "/" or "." ("1187/HM.130"): part of a reference number. */
function insideReferenceNumber(p: string, start: number, end: number): boolean {
  const after = p.charCodeAt(end);
  const afterDigit = (after === 46 || after === 47) && isDigit(p.charCodeAt(end + 1));
  const beforeDigit = p.charCodeAt(start - 1) === 47 && isDigit(p.charCodeAt(start - 2));
  return afterDigit || beforeDigit;
}
/** Words before a road's name ("jalan Trans Papua"). */
const ROAD_WORDS = new LowerWordSet(['jalan', 'jalur', 'ruas', 'tol', 'proyek', 'highway']);
/** "Persib", "Persita": a club's own name (club-short-name.ts). */
const CLUB_NAME = new RegExp(`^${PERS_CLUB_NAME}$`);

/** One of the (at most three) words right before `start`, joined by single spaces, is an
 *  organisation noun (ORG_CUES). Reads the characters in place: it runs for every
 *  unknown name, and a word object per step was garbage. */
function orgCueBefore(p: string, start: number): boolean {
  let pos = start;
  for (let k = 0; k < 3; k++) {
    if (pos < 2 || p.charCodeAt(pos - 1) !== 32) return false;
    const end = pos - 1;
    let s = end;
    while (s > 0 && isWordCharAt(p, s - 1)) s--;
    if (s === end) return false;
    if (ORG_CUE_WORDS.hasAt(p, s, end)) return true;
    pos = s;
  }
  return false;
}

/** Words that name a team or a group of supporters: "Tim berjuluk Laskar Kie Raha",
 *  "suporter … yang menamakan diri Young Guns". A person's nickname ("pemain berjuluk …")
 *  has no group noun before the cue. */
const NICKNAME_CUE_WORDS = new LowerWordSet(['berjuluk', 'dijuluki', 'julukan']);
const TEAM_WORDS = new LowerWordSet(['tim', 'klub', 'kesebelasan', 'skuad']);
function groupNameCueBefore(p: string, start: number): boolean {
  // (no read before the text's start: the optimizing compiler assumes none, and the first
  // one costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (start < 2) return false;
  // (asked of many unknown names: the cue's last letter first, k/i/n/a, before a word object)
  const last = p.charCodeAt(start - 2);
  if (p.charCodeAt(start - 1) !== 32 || (last !== 107 && last !== 105 && last !== 110 && last !== 97)) return false;
  const cue = wordBefore(p, start);
  if (!cue || p.charCodeAt(cue.end) !== 32) return false;
  const prev = wordBefore(p, cue.start);
  if (!prev || p.charCodeAt(prev.end) !== 32) return false;
  if (NICKNAME_CUE_WORDS.hasAt(p, cue.start, cue.end)) return TEAM_WORDS.hasAt(p, prev.start, prev.end);
  return (isLowerWordAt(p, cue.start, cue.end, 'diri') || isLowerWordAt(p, cue.start, cue.end, 'dirinya')) && isLowerWordAt(p, prev.start, prev.end, 'menamakan');
}

/** The word [ws, we) before a name introduces an outlet: "dikutip"/"dilansir" (also with
 *  "dari"), or "kepada" right after an attribution ("kata X kepada", "ujarnya kepada"). */
function outletCue(ctx: Ctx, ws: number, we: number): boolean {
  const p = ctx.p;
  if (OUTLET_CUE_WORDS.hasAt(p, ws, we)) return true;
  const isKepada = isLowerWordAt(p, ws, we, 'kepada');
  if (!isKepada && !isLowerWordAt(p, ws, we, 'dari')) return false;
  const prev = wordBefore(p, ws);
  if (!prev || p.charCodeAt(prev.end) !== 32) return false;
  if (!isKepada) return OUTLET_CUE_WORDS.hasAt(p, prev.start, prev.end);
  // "ujarnya kepada": a cue with its pronoun suffix.
  if (prev.end - prev.start > 3 && p.startsWith('nya', prev.end - 3) && POST_CUE_WORDS.hasAt(p, prev.start, prev.end - 3)) return true;
  // "kata Johan kepada": the speaker's name right before, a cue before it.
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.end !== prev.end || last.type !== 'PER') return false;
  const cue = wordBefore(p, last.start);
  return cue !== null && POST_CUE_WORDS.hasAt(p, cue.start, cue.end);
}

const SPEECH_AFTER_COMMA = / (\p{Ll}+)/uy;

/** The run [s, e) after a title, before a closed apposition, is no person's name to the name
 *  model (a person's class below half) and the title before it (`before`) heads no region. */
function bodyBeforeHolder(ctx: Ctx, s: number, e: number, before: { start: number; end: number } | null): boolean {
  if (before !== null && REGION_HEAD_TITLE_WORDS.hasAt(ctx.p, before.start, before.end)) return false;
  // ("Manajer Dewa Ayu Laksmi, Kadek Sari, …": a manager's or an aide's principal is a person
  // as often; client-of-counsel.ts owns those titles)
  if (afterPersonServingTitle(ctx, s)) return false;
  return conventionScoresOf(ctx, s, e, PROBS)[PER] < NOT_A_PERSON_BELOW;
}
/** A person's class below this is no reading of the run as a person's name. */
const NOT_A_PERSON_BELOW = 0.5;

/** The capitalised run from token j (a full name) ends in a comma and the clause goes on
 *  in lower case: an apposition, not a list ("Rui Carvalho, Marcelo Duarte, dan …"). */
function appositionClosed(ctx: Ctx, j: number): boolean {
  const { p } = ctx;
  let k = j + 1;
  while (k < ctx.nt && adjacent(ctx, k - 1, k)) k++;
  const comma = ctx.te[k - 1];
  if (k - j < 2 || p.charCodeAt(comma) !== 44 || p.charCodeAt(comma + 1) !== 32) return false;
  const next = wordAfter(p, comma + 1);
  return next !== null && next.start === comma + 2 && !isUpperCode(p.charCodeAt(next.start)) && !LIST_JOINER_WORDS.hasAt(p, next.start, next.end);
}
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

function personRoleAt(p: string, at: number): boolean {
  let e = at;
  while (e < p.length && e - at < 12 && isWordCharAt(p, e)) e++;
  return e > at && PERSON_ROLE_WORDS.hasAt(p, at, e) && p.charCodeAt(e) === 32;
}

function speechVerbAfterComma(p: string, comma: number): boolean {
  SPEECH_AFTER_COMMA.lastIndex = comma + 1;
  const m = SPEECH_AFTER_COMMA.exec(p);
  return m !== null && SPEECH_VERB_WORDS.hasAt(p, comma + 2, comma + 2 + m[1].length);
}

const HYPHENATED_GIVEN = /-(\p{Ll}{2,})(?![\p{L}\p{N}])/uy;
const CLITICS = new Set(['nya', 'lah', 'kah', 'pun', 'ku', 'mu']);

/** "Park Sung-min", "Kim Jong-un": a lower-case part after a hyphen belongs to a
 *  person's name (issue 13), a clitic ("-nya") does not. */
function givenNameEnd(p: string, end: number): number {
  if (p.charCodeAt(end) !== 45) return end;
  HYPHENATED_GIVEN.lastIndex = end;
  const m = HYPHENATED_GIVEN.exec(p);
  return m && !CLITICS.has(m[1]) ? end + m[0].length : end;
}

const PLACE_JOINS = [' dan ', ' atau ', ' maupun ', ', dan ', ', atau '];
/** What closes a list of places after its middle member ("di Thessaloniki, Patras, dan
 *  Heraklion."): a comma alone joins a place only to a list that goes on, closes with
 *  "dan" or "atau" and a last one-word member (captured), and ends the clause there ("Di
 *  Jakarta, Budi dan Ani hadir": a place, then the clause's subjects). */
const LIST_GOES_ON = /^(?:, \p{Lu}[\p{L}-]*)?,? (?:dan|atau) (\p{Lu}[\p{L}-]*)[.,;:)\n]/u;

/** The last mention is a place (GPE) and only "dan"/"atau" stands between it and `start`
 *  (compared in place: it is asked for most one-word unknown names). */
function joinedToPlace(ctx: Ctx, start: number, end: number): boolean {
  const prev = ctx.out[ctx.out.length - 1];
  if (!prev || prev.type !== 'GPE') return false;
  for (const join of PLACE_JOINS) if (start - prev.end === join.length && ctx.p.startsWith(join, prev.end)) return true;
  // "di Thessaloniki, Patras, dan Heraklion": a middle member of a list of places.
  if (start - prev.end !== 2 || !ctx.p.startsWith(', ', prev.end)) return false;
  const tail = ctx.p.slice(end, end + 40);
  // "… terjadi di Suva, Lautoka dan Nadi sejak pagi": a list after a preposition of place
  // inside a clause runs on without closing it; a sentence-opening "Di Jakarta," is a fronted
  // adjunct, and the names after its comma the clause's subjects.
  const closed = LIST_GOES_ON.exec(tail);
  // The last member must be a place the KB knows, or an unknown word the name model does
  // not read as a person, nor this one: people may be named after their town ("dari Medan,
  // Rudi dan Andi, ditangkap").
  if (closed) return placeOrNoPersonAt(ctx, start, end, end + closed[0].lastIndexOf(closed[1]), false);
  // (a list running on is read by its words alone: between a comma and "dan" the model
  // takes any unknown word for a person, while given names still read as people alone)
  const runs = placePrepositionMidClause(ctx.p, prev.start) ? LIST_RUNS_ON.exec(tail) : null;
  return runs !== null && placeOrNoPersonAt(ctx, start, end, end + runs[0].lastIndexOf(runs[1]), true);
}

/** A list's last member and the clause running on after it in lower case ("…, Lautoka dan
 *  Nadi tetap …"); the member captured as in LIST_GOES_ON. */
const LIST_RUNS_ON = /^,? (?:dan|atau) (\p{Lu}[\p{L}-]*) \p{Ll}/u;

/** A lower-case preposition of place ("di", "ke", "dari") right before `start`, itself after a
 *  lower-case word of the clause ("dewan kota di Suva"): the place is inside the clause, not
 *  fronted before its subject. */
function placePrepositionMidClause(p: string, start: number): boolean {
  const before = wordBefore(p, start);
  if (!before || start - before.end !== 1 || !PLACE_PREPOSITIONS.hasAt(p, before.start, before.end) || before.start < 2) return false;
  const c = p.charCodeAt(before.start - 2);
  return p.charCodeAt(before.start - 1) === 32 && c >= 97 && c <= 122;
}

/** The token starting at `last` opens a place (GPE) the KB knows, or neither it nor the
 *  words [start, end) read as a person's name to the name model (in their context, or as
 *  words alone). */
function placeOrNoPersonAt(ctx: Ctx, start: number, end: number, last: number, wordsAlone: boolean): boolean {
  let j = ctx.nt - 1;
  while (j > 0 && ctx.ts[j] > last) j--;
  if (ctx.ts[j] !== last) return false;
  const known = kbMatch(ctx, j);
  if (known) return known.entity.type === 'GPE';
  const person = (s: number, e: number) => wordsAlone ? readsAsPerson(ctx.p.slice(s, e), 0, e - s) : readsAsPerson(ctx.p, s, e);
  return !person(ctx.ts[j], ctx.te[j]) && !person(start, end);
}

/** "tiba dari Tidore dan Halmahera Barat": after a preposition of place, one word joined
 *  by "dan" to a place the KB knows is a place too. */
function placeJoinedAfter(ctx: Ctx, e: number, start: number): boolean {
  // (the join first: most single words have none, and are turned away without a word object)
  if (e >= ctx.nt || ctx.ts[e] - ctx.te[e - 1] !== 5 || !ctx.p.startsWith(' dan ', ctx.te[e - 1])) return false;
  const before = wordBefore(ctx.p, start);
  if (!before || !PLACE_PREPOSITIONS.hasAt(ctx.p, before.start, before.end)) return false;
  const place = kbMatch(ctx, e);
  return place !== null && place.entity.type === 'GPE';
}
const PLACE_PREPOSITIONS = new LowerWordSet(['di', 'dari', 'ke', 'asal']);

/** The mention right before `start` ("… (BPBD) |Lembata") is an organisation already named
 *  as a regional office (its identity ends with the word at `start`, see regionInBrackets). */
function regionalOfficeBefore(ctx: Ctx, start: number): boolean {
  const last = ctx.out[ctx.out.length - 1];
  if (!last || last.type !== 'ORG' || last.end + 2 !== start || ctx.p.charCodeAt(last.end) !== 41) return false;
  const bare = ctx.p.slice(start, wordEndAt(ctx.p, start));
  return last.canonical.endsWith(` Kabupaten ${bare}`);
}

function wordEndAt(p: string, from: number): number {
  let k = from;
  while (k < p.length && isWordCharAt(p, k)) k++;
  return k;
}

/** The mention right before `start` is an organisation followed by ", ". */
/** The organisation read last has a title head right before it ("Ketua Kelompok Tani …"). */
function titleBeforeLastBody(ctx: Ctx): boolean {
  const last = ctx.out[ctx.out.length - 1];
  const before = last === undefined ? null : wordBefore(ctx.p, last.start);
  return before !== null && before.end === last.start - 1 && TITLE_HEAD_WORDS.hasAt(ctx.p, before.start, before.end);
}

function apposedAfterBody(ctx: Ctx, start: number): boolean {
  const last = ctx.out[ctx.out.length - 1];
  return last !== undefined && last.type === 'ORG' && last.end === start - 2 && ctx.p.charCodeAt(last.end) === 44;
}

/** Words that stand before a place as a remit, no body's name ("Kepala Wilayah Riau",
 *  "Kepala Cabang Bogor"). */
const COMMON_WORDS_BEFORE_PLACE = new LowerWordSet([...PLACE_CUES, ...COMPANY_BRANCH_WORDS]);

/** The word at s (a run of one word ending at j) is a body's name the model reads as no
 *  person's, followed by a region the KB knows: both pushed as one organisation, the token
 *  after the region returned; else -1. */
function regionalBranchOfWord(ctx: Ctx, s: number, j: number): number {
  const { p, ts, te, nt } = ctx;
  if (j >= nt || !adjacent(ctx, j - 1, j) || p.charCodeAt(te[j - 1]) !== 32) return -1;
  // (a word the lexicon knows is a common word, "Kepala Wilayah Riau", "Ketua Panitia Bandung")
  if (has(ctx, s, NOT_IN_A_PERSON_NAME | F_GENERIC_SKIP) || COMMON_WORDS_BEFORE_PLACE.hasAt(p, ts[s], te[s])) return -1;
  const m = kbMatch(ctx, j) ?? bareRegencyAt(ctx, j) ?? prefixedPlace(ctx, j);
  if (!m || m.entity.type !== 'GPE' || !modelSays(ctx, s, s + 1, ORG, PER, modelMargins().wordBody)) return -1;
  let k = j + 1;
  while (k < nt && ts[k] < m.end) k++;
  pushMention(ctx, ts[s], m.end, 'ORG', 'pattern');
  return k;
}

/** A known place (GPE) of one word at token e, one space after the run before it, that
 *  ends the capitalised run (no capitalised word right after it): the match, else null.
 *  ("Radio Elshinta Jakarta Selatan": a city's part after an outlet is where it is.) */
function placeClosingName(ctx: Ctx, e: number): KbMatch | null {
  if (e >= ctx.nt || !adjacent(ctx, e - 1, e) || ctx.p.charCodeAt(ctx.te[e - 1]) !== 32) return null;
  const place = kbMatch(ctx, e);
  if (!place || place.entity.type !== 'GPE' || place.end !== ctx.te[e]) return null;
  return e + 1 < ctx.nt && adjacent(ctx, e, e + 1) ? null : place;
}

/** The organisation `org`, whose run ended before token e, runs on to `end` (a place the KB
 *  matched at e is part of its name); an acronym after it is read as the rule reads one. */
function nameRunsTo(ctx: Ctx, org: LocalMention, e: number, end: number): number {
  let k = e + 1;
  while (k < ctx.nt && ctx.ts[k] < end) k++;
  org.end = end;
  org.canonical = ctx.p.slice(org.start, end);
  return acronymAfter(ctx, k, ctx.out.length - 1);
}

/** "negara bagian Rakhine", "negara bagian Sabah": the word before the name is "bagian" after
 *  "negara" (the hyphenated "negara-bagian" is a place cue of its own). */
function federalState(p: string, start: number, end: number): boolean {
  return end - start === 6 && p.startsWith('bagian', start) && start >= 7 && p.startsWith('negara ', start - 7) &&
    (start === 7 || !isWordCharAt(p, start - 8));
}

/** "Perdana Putra mengaku …": a title's word outside its whole title ("Perdana" not before
 *  "Menteri", whole-title-words.ts) opening the run `i` opens the name that follows it, and
 *  stays in it; right after another capitalised word ("Konser Perdana Dewa 19", "Laga
 *  Perdana Persib") it is the common word ("first"), no name's. */
function opensName(ctx: Ctx, i: number, s: number, e: number): boolean {
  if (s !== i || s + 1 >= e || wholeTitleWordAt(ctx, s)) return false;
  // (right after a noun for a person, "Sutradara Perdana Kartawiyudha", it is the name's too)
  return i === 0 || !adjacent(ctx, i - 1, i) || PERSON_NOUN_WORDS.hasAt(ctx.p, ctx.ts[i - 1], ctx.te[i - 1]) || has(ctx, i - 1, F_TITLE_HEAD);
}
