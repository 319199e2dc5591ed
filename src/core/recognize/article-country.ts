// The article's country, and the bodies it decides. Foreign news names a country's bodies
// bare once the article is about that country: "Dewan Pemilihan Nasional (CNE)" and
// "Pengadilan Sengketa Pemilu (TCE)" in a report from Ecuador, "Majelis Rendah" in one from
// Japan, "Mahkamah Agung" in one about the United States; and "Dewan Keamanan" in an
// article naming the UN is its Security Council. The KB cannot decide these (the bare form
// is every country's, or Indonesia's: "Mahkamah Agung", "Komisi Pemilihan Umum"); it names
// each country's body with the country after it ("Dewan Pemilihan Nasional Ekuador",
// "Majelis Rendah Jepang", "Dewan Keamanan PBB"), so the bare name and the article's owner
// look it up (dev d34, d140, d255, d262).
// This file owns "the article's country": the one foreign country the article's places
// point to, by the countries it names and the cities and regions the KB places in a
// country ("Capital of Ecuador", "Regency in Jawa Barat, Indonesia"), when it is named at
// least twice and at least twice as often as any other country (Indonesia included), and
// the article says more than its name (a city, region or dateline of it) or nothing
// Indonesian. Indonesian news names foreign countries too ("Politikus Partai Demokrat
// menilai pemilu Amerika Serikat ..."), so the article's Indonesian persons, bodies and
// places weigh against it (review 45).
// An Indonesian body the KB links is re-read only when it is a court, an election
// authority or a party ("Mahkamah Agung", "Komisi Pemilihan Umum", "Partai Demokrat"),
// which act in their own country only, and only in an article with nothing Indonesian: a ministry or the DPR in a
// report on foreign news is as often Indonesia's reacting ("Kementerian Luar Negeri
// memastikan tidak ada WNI yang menjadi korban gempa di Jepang"). A body the KB does not
// know is re-read where the country outweighs what is Indonesian (bodiesOfTheArticleCountry).
import { isCountry } from '../kb/country';
import { isGeneratedWorldCity } from '../kb/builtin';
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/types';
import type { ActorMention } from './types';
import { isDateline } from './dateline-mention';
import { foreignBodyTitle, foreignPlaceTitle, hasForeignPlaceShape } from './foreign-titles';

/** A country must be named at least this often to be the article's. */
const MIN_MENTIONS = 2;
/** ...and this many times as often as any other country. */
const DOMINANCE = 2;
/** The country a place's description places it in: "Capital of the United States", "City in
 *  Japan", "Regency in Jawa Barat, Indonesia" (the last of ", X", " in X", " of X"). */
const PLACED_IN = /(?:, | in | of )(?:the )?([^,]+)$/;
const INDONESIA = 'Indonesia';
/** The international organisation whose organs the news names bare ("Dewan Keamanan",
 *  "Majelis Umum") once the article has named it. */
const UNITED_NATIONS = 'united-nations';

/** The country the KB place `e` is, or is in; undefined when its description says none. */
export function countryOfPlace(e: KbEntity, kb: KbIndex): KbEntity | undefined {
  if (e.type !== 'GPE') return undefined;
  if (isCountry(e)) return e;
  const m = PLACED_IN.exec(e.description.en);
  const country = m === null ? undefined : kb.byCanonical.get(m[1]);
  return country !== undefined && isCountry(country) ? country : undefined;
}

/** What the article says about its country. */
export interface ArticleCountry {
  /** The one foreign country the article is about, if there is one. */
  foreign: KbEntity | undefined;
  /** How often the article names that country or a place in it (a dateline included). */
  foreignWeight: number;
  /** The article names more of that country than its name, or its name often: evidence
   *  enough to re-read a body the KB gives Indonesia. */
  foreignStrong: boolean;
  /** How much the article says it is Indonesian news (`indonesianWeight`). */
  indonesian: number;
  /** Among that, an Indonesian court, election authority or party acting ("Bawaslu"). */
  indonesianBodyOfTheKind: boolean;
}

/** A country named only by its name (no city, region or dateline of it) is the article's
 *  only in an article with nothing Indonesian ("pemilu Amerika Serikat" and "tarif dari
 *  AS" beside "Kementerian Perdagangan" is Indonesian news about a foreign country), and
 *  decides a body the KB gives Indonesia only when named this often: "upah di Singapura"
 *  twice in a labour story leaves "Partai Buruh" Indonesia's. */
const MIN_NAME_ONLY_MENTIONS = 3;

/** The article's country, from the places among `ms` (`kept`) the KB linked, weighed
 *  against what the article says is Indonesian (`indonesianWeight`). */
export function articleCountry(text: string, ms: readonly ActorMention[], kept: (k: number) => boolean, kb: KbIndex): ArticleCountry {
  const counts = new Map<KbEntity, number>();
  const inner = new Set<KbEntity>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || m.entityId === undefined || !kept(k)) continue;
    const e = kb.byId.get(m.entityId);
    const country = e === undefined ? undefined : countryOfPlace(e, kb);
    if (country === undefined) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    if (e !== country) inner.add(country);
    if (isDateline(text, m)) inner.add(country);
  }
  let top: KbEntity | undefined;
  let topCount = 0;
  let second = 0;
  for (const [country, n] of counts) {
    if (n > topCount) { second = topCount; topCount = n; top = country; } else if (n > second) second = n;
  }
  const candidate = top !== undefined && top.canonical !== INDONESIA && topCount >= MIN_MENTIONS && topCount >= DOMINANCE * second ? top : undefined;
  const { weight: indonesian, ofTheKind } = indonesianWeight(text, ms, kept, candidate, kb);
  // A city, a region or a dateline of the country, or its name in an article with nothing Indonesian.
  const foreign = candidate !== undefined && (inner.has(candidate) || indonesian === 0) ? candidate : undefined;
  const foreignStrong = foreign !== undefined && (inner.has(foreign) || topCount >= MIN_NAME_ONLY_MENTIONS);
  return { foreign, foreignWeight: foreign === undefined ? 0 : topCount, foreignStrong, indonesian, indonesianBodyOfTheKind: ofTheKind };
}

/** An Indonesian person or body by its KB description: "President of Indonesia", "Ministry
 *  of Trade of Indonesia", "Elections Supervisory Agency of Indonesia". */
const INDONESIAN = /\b(?:of|in) Indonesia\b|^Indonesian\b/;
/** ...but an outlet is no evidence: Indonesian outlets report foreign news too. */
const OUTLET = /\b(?:news|newspaper|magazine|broadcaster|television|radio)\b/i;
/** An acronym ("KPU", "MA", "MK"). */
const ACRONYM = /^[A-Z]{2,}$/;

/** What says the article is Indonesian news: each place in Indonesia other than a dateline
 *  (Indonesian outlets file foreign news from their Jakarta desk), Indonesia itself
 *  counting twice ("jemaah haji Indonesia"); each Indonesian person or body the KB
 *  linked ("Prabowo", "AHY", "Bawaslu", "Kementerian Perdagangan"), except a body the
 *  article's candidate country has a namesake of ("Partai Demokrat" beside "Partai
 *  Demokrat AS": the very question) unless the article introduces it by the acronym
 *  only Indonesia's body answers to ("Komisi Pemilihan Umum (KPU)": India's is "KPU
 *  India", never bare "KPU"). */
function indonesianWeight(text: string, ms: readonly ActorMention[], kept: (k: number) => boolean, candidate: KbEntity | undefined, kb: KbIndex): { weight: number; ofTheKind: boolean } {
  let weight = 0;
  let ofTheKind = false;
  const datelinedHome = candidate !== undefined && datelinedInIndonesia(text, ms, kept, kb);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.entityId === undefined || !kept(k)) continue;
    const e = kb.byId.get(m.entityId);
    if (e === undefined) continue;
    if (m.type === 'GPE') {
      if (countryOfPlace(e, kb)?.canonical === INDONESIA && !isDateline(text, m)) weight += e.canonical === INDONESIA ? 2 : 1;
      continue;
    }
    if (!INDONESIAN.test(e.description.en) || OUTLET.test(e.description.en)) continue;
    if (m.type === 'ORG' && candidate !== undefined && !introducedByIndonesiasAcronym(text, ms, k, candidate, kb)) {
      if (ownersBody(m, [candidate], undefined, kb) !== undefined) continue;
      // "Kejaksaan Agung", "Mahkamah Konstitusi" written bare in a report from Malaysia: every
      // country has such a body, and the KB's bare form is Indonesia's only because it must
      // be someone's; it says nothing of whose news this is (the very question). Under an
      // Indonesian dateline it is Indonesia's again: "Jakarta (ANTARA) - Komisi Pemilihan Umum
      // menetapkan pemungutan suara ulang bagi pemilih di Kuala Lumpur" is the KPU at home
      // deciding the overseas vote (review46).
      if (!datelinedHome && everyCountrysBody(m.text, e)) continue;
    }
    weight++;
    if (m.type === 'ORG' && isIndonesianBody(e.id, kb)) ofTheKind = true;
  }
  if (OVERSEAS_VOTE_BODY.test(text)) { weight++; ofTheKind = true; }
  return { weight, ofTheKind };
}

/** The committee that runs Indonesia's vote abroad ("panitia pemilihan luar negeri", PPLN):
 *  no other country's, so an article naming it is Indonesia's election news wherever the
 *  polling station stands (review46: the vote of Indonesians in Kuala Lumpur). */
const OVERSEAS_VOTE_BODY = /\b(?:[Pp]anitia [Pp]emilihan [Ll]uar [Nn]egeri|PPLN)\b/;

/** The article opens with a dateline in an Indonesian region other than the capital, where
 *  foreign desks file ("Keerom -", "JAYAPURA -"; not "Jakarta (ANTARA) -"): the story is told
 *  from there, and a place the KB does not know with a compass word ("Skanto Barat") is as
 *  likely the region's own village or district as the foreign neighbour's, so no English
 *  title is composed for it (session 49 probe: "West Skanto" in a Keerom report naming Papua
 *  Nugini more than anything Indonesian). */
function datelinedInIndonesianRegion(text: string, ms: readonly ActorMention[], kept: (k: number) => boolean, kb: KbIndex): boolean {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || m.entityId === undefined || !kept(k) || !isDateline(text, m)) continue;
    const e = kb.byId.get(m.entityId);
    if (e !== undefined && e.canonical !== CAPITAL && countryOfPlace(e, kb)?.canonical === INDONESIA) return true;
  }
  return false;
}
/** The capital's KB canonical: its dateline opens foreign news filed from the national desk. */
const CAPITAL = 'Jakarta';

/** The article opens with a dateline in Indonesia ("Jakarta (ANTARA) -", "SURABAYA -"). */
function datelinedInIndonesia(text: string, ms: readonly ActorMention[], kept: (k: number) => boolean, kb: KbIndex): boolean {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || m.entityId === undefined || !kept(k) || !isDateline(text, m)) continue;
    const e = kb.byId.get(m.entityId);
    if (e !== undefined && countryOfPlace(e, kb)?.canonical === INDONESIA) return true;
  }
  return false;
}

/** The kinds of body every country has under the same bare name: courts, election
 *  commissions, the prosecution ("Supreme Court of Indonesia", "Attorney General's Office
 *  of Indonesia"). */
const EVERY_COUNTRYS_KIND = /^(?:Supreme Court|Constitutional Court|General Elections Commission|Attorney General's Office) of Indonesia$/;
/** A name that says it is Indonesia's ("Kejaksaan Agung RI", "Mahkamah Agung Republik Indonesia"). */
const NAMES_INDONESIA = /\b(?:RI|Indonesia)\b/;

/** The mention, written `text`, names a body of a kind every country has by its bare name,
 *  with no acronym and no word saying it is Indonesia's ("Mahkamah Konstitusi", not "MK"
 *  nor "Mahkamah Konstitusi RI"). */
function everyCountrysBody(text: string, e: KbEntity): boolean {
  return EVERY_COUNTRYS_KIND.test(e.description.en) && !ACRONYM.test(text) && !NAMES_INDONESIA.test(text);
}

/** `ms[k]` is a body's acronym given in brackets after its name ("Komisi Pemilihan Umum
 *  (KPU)") that the foreign namesake does not answer to bare: the article introduces the
 *  body as Indonesia's ("KPU mempelajari mesin pemungutan suara di India"; India's is
 *  "KPU India"). A bare acronym alone decides nothing: "DPR" in a report on the US
 *  Congress is its House. */
function introducedByIndonesiasAcronym(text: string, ms: readonly ActorMention[], k: number, country: KbEntity, kb: KbIndex): boolean {
  const m = ms[k];
  if (!ACRONYM.test(m.text) || text.slice(m.start - 2, m.start) !== ' (' || text[m.end] !== ')') return false;
  if (!ms.some((n) => n.end === m.start - 2 && n.entityId === m.entityId)) return false;
  const namesake = ownersBody(m, [country], undefined, kb);
  return namesake !== undefined && !namesake.aliases.includes(m.text);
}

/** Gives the bare bodies among `ms` (`kept`) the identity of their owner's body: the UN's
 *  when the article names the UN, else the article's country's. */
export function bodiesOfTheArticleCountry(text: string, ms: ActorMention[], kept: (k: number) => boolean, kb: KbIndex): void {
  let hasBody = false;
  let namesUn = false;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k)) continue;
    if (m.entityId === UNITED_NATIONS) namesUn = true;
    // (not asked again once one is found: a KB lookup and a test of its description)
    else if (!hasBody && (m.entityId === undefined || isIndonesianBody(m.entityId, kb))) hasBody = true;
  }
  // "Provinsi Temotu", "Tarawa Selatan": a place the KB does not know, of a shape whose
  // English title foreign-titles.ts composes from the article's country.
  if (!hasBody) hasBody = ms.some((m, k) => m.type === 'GPE' && m.entityId === undefined && kept(k) && hasForeignPlaceShape(m.canonical));
  if (!hasBody) return;
  const country = articleCountry(text, ms, kept, kb);
  const { foreign, indonesian } = country;
  if (foreign === undefined && !namesUn) return;
  // A body the KB does not know is the foreign country's in an article that names the
  // country far more than anything Indonesian ("Bangkok (ANTARA) - Partai Rakyat ..."
  // beside one "Kementerian Pertanian"), unless an Indonesian court, election authority or
  // party acts in it: "Komisi Pemilu" beside "Bawaslu" in a report on the vote of
  // Indonesians in Malaysia is Indonesia's.
  const unknownAbroad = foreign !== undefined && (indonesian === 0 || (country.foreignWeight > DOMINANCE * indonesian && !country.indonesianBodyOfTheKind));
  const owners: KbEntity[] = [];
  const un = namesUn ? kb.byId.get(UNITED_NATIONS) : undefined;
  if (un !== undefined) owners.push(un);
  if (unknownAbroad) owners.push(foreign);
  if (owners.length === 0) return;
  // One look-up per distinct name: a long article repeats its bodies.
  const found = new Map<string, KbEntity | null>();
  // (asked once, at the first place of the composer's shape)
  let regionalHome: boolean | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!kept(k)) continue;
    // "Tarawa Selatan" in a report from Kiribati: "South Tarawa" (foreign-titles.ts).
    if (m.type === 'GPE') {
      if (unknownAbroad && m.entityId === undefined && hasForeignPlaceShape(m.canonical) && (regionalHome ??= datelinedInIndonesianRegion(text, ms, kept, kb)) === false) {
        // (a town of the generated gazetteer does not stop it: "Tarawa Selatan" is South
        // Tarawa, a place of its own, where "Osaka Utara" is a part of a city the KB lists by hand)
        m.canonical = foreignPlaceTitle(m.canonical, foreign.canonical, (place) => knownBeyondGazetteer(kb, place)) ?? m.canonical;
      }
      continue;
    }
    if (m.type !== 'ORG' || m.entityId === UNITED_NATIONS) continue;
    // A body the KB gives Indonesia stays Indonesia's in an article with anything Indonesian.
    if (m.entityId !== undefined && (indonesian > 0 || !country.foreignStrong || !isIndonesianBody(m.entityId, kb))) continue;
    const key = `${m.text}\u0000${m.canonical}`;
    let body = found.get(key);
    if (body === undefined) {
      body = ownersBody(m, owners, m.entityId === undefined ? undefined : (foreign !== undefined ? [foreign] : []), kb) ?? null;
      found.set(key, body);
    }
    if (body !== null) { m.canonical = body.canonical; m.entityId = body.id; continue; }
    // A body the KB knows for no country: its kind's English title with the article's
    // country ("Mahkamah Agung" in a report from Sri Lanka: "Supreme Court of Sri Lanka";
    // "Dewan Konstitusi": "Constitutional Council (Cameroon)"), where the country decides it.
    if (foreign === undefined || (m.entityId === undefined && !unknownAbroad)) continue;
    const title = foreignBodyTitle(m.canonical, foreign.canonical) ?? (m.canonical === m.text ? undefined : foreignBodyTitle(m.text, foreign.canonical));
    if (title !== undefined) { m.canonical = title; m.entityId = undefined; }
  }
}

/** The KB body named by the mention's name or identity followed by an alias of one of
 *  `owners` ("CNE" + "Ekuador", "Dewan Keamanan" + "PBB"). `only`, when given, narrows
 *  the owners (an Indonesian body is re-read only as the article's foreign country's). */
function ownersBody(m: ActorMention, owners: readonly KbEntity[], only: readonly KbEntity[] | undefined, kb: KbIndex): KbEntity | undefined {
  for (const owner of only ?? owners) {
    for (const alias of owner.aliases) {
      for (const name of m.canonical === m.text ? [m.text] : [m.canonical, m.text]) {
        const body = kb.lookup(`${name} ${alias}`);
        if (body !== undefined && body.type === 'ORG' && body.id !== m.entityId) return body;
      }
    }
  }
  return undefined;
}

/** Indonesian courts, election authorities and parties, by their KB description ("Supreme
 *  Court of Indonesia", "General Elections Commission of Indonesia", "Political party of
 *  Indonesia …"). */
const INDONESIAN_COURT_OR_ELECTION_BODY = /^Political party of Indonesia\b|\b(?:Court|Elections?|Electoral)\b.* Indonesia$/;

/** The KB body `id` is an Indonesian court, election authority or party. */
function isIndonesianBody(id: string, kb: KbIndex): boolean {
  const e = kb.byId.get(id);
  return e !== undefined && e.type === 'ORG' && INDONESIAN_COURT_OR_ELECTION_BODY.test(e.description.en);
}

/** `place` is a name the KB knows, other than a foreign town of the generated gazetteer. */
function knownBeyondGazetteer(kb: KbIndex, place: string): boolean {
  const e = kb.lookup(place);
  return e !== undefined && !isGeneratedWorldCity(e);
}
