// Teams named by a place and a nickname or a club word (issue 13, pattern 3): "Utah Jazz",
// "Texas Rangers", "New York Knicks", "Melbourne City", "Manila Digger". The KB knows the
// place (a state, province or city), the nickname is an ordinary or foreign word that no
// rule reads as a name, so the paragraph pass gives the place alone. Where the sentence
// speaks of a match (sportSentence, from sport-clubs.ts), a KB place below a country that
// opens its capitalised run, followed one space apart by capitalised words that are not a
// direction, a calendar word or another actor, is one team, canonical as written. A
// country stays a place ("Indonesia kalah 0-2 dari Jepang": the annotation keeps a bare
// country standing for its team a GPE), so do "Jakarta Utara", "Texas Selatan", a place
// inside a venue's name ("Stadion Gelora Bandung Lautan Api") and a place before a
// person ("Gubernur Texas Greg Abbott").
import { isDigit, isUpper, isWordChar, wordStartBefore } from '../text/chars';
import { capitalisedWordRightBefore } from './club-before-city';
import { EVENT_TAILS, NEVER_ACTOR, PERSON_ROLES, TITLE_HEADS, VENUE_HEADS } from './lexicon';
import type { ActorMention } from './types';

/** What the link pass tells about mention k. */
export interface PlaceTeamFacts {
  /** A state, province, region or city from the KB (not a country). */
  subnationalPlace(k: number): boolean;
  kept(k: number): boolean;
  /** Found by a rule or weakly, not a KB name. */
  unknown(k: number): boolean;
  /** Dropped for good (a weak mention inside the nickname). */
  discard(k: number): void;
  keep(k: number): void;
}

/** Words written before a team, capitalised at a sentence's start ("Skuad Utah Jazz …",
 *  "Kubu Melbourne City …"): they do not make the place part of a longer name. (Those that
 *  are titles, "Pelatih", "Pemain", still let a name after the place stay a person:
 *  roleBefore.) */
const TEAM_WORDS = new Set(`pelatih pemain klub tim kubu skuad manajer kapten penyerang gelandang bek kiper striker
  suporter pendukung`.split(/\s+/));

/** The capitalised word right before `at` (one space apart) is a team word. */
function teamWordBefore(text: string, at: number): boolean {
  return TEAM_WORDS.has(text.slice(wordStartBefore(text, at - 1), at - 1).toLowerCase());
}

/** The word right before `at` (one space apart, any case) is a title or a person's role. */
function roleBefore(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return false;
  const w = text.slice(wordStartBefore(text, at - 1), at - 1).toLowerCase();
  return TITLE_HEADS.has(w) || PERSON_ROLES.has(w);
}

/** Words after a place that name a venue or an event held there, not a team ("Jakarta
 *  International Stadium", "Miami Open", "Jakarta Marathon"), a title it won ("Surabaya
 *  Juara") or the region around a city ("Malang Raya"): with the lexicon's event tails
 *  and venue heads, never a nickname's word. */
const NOT_NICKNAMES = new Set([...EVENT_TAILS, ...VENUE_HEADS, ...`stadium arena hall dome park square international internasional
  open masters marathon maraton run tour series grand classic super juara raya`.split(/\s+/)]);

/** The line around `at` is written in Title Case (a headline: "Utah Jazz Kalah dari Denver
 *  Nuggets"), where a capitalised word after the place is no sign of a name: three
 *  capitalised words or more, and no lower-case word of four letters or more but the
 *  function words Title Case leaves in lower case. (A sentence dense with names still has
 *  its verb in lower case: "Lion City Sailors bertemu Melbourne City".) */
function titleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  // (a paragraph's line is long: read only a headline's length)
  if (to - from > MAX_HEADLINE) return false;
  let upper = 0;
  for (const w of text.slice(from, to).split(' ')) {
    if (w.length < 4 || !isWordChar(w.charCodeAt(0)) || isDigit(w.charCodeAt(0))) continue;
    if (isUpper(w.charCodeAt(0))) upper++;
    else if (!TITLE_CASE_LOWER.has(w.toLowerCase())) return false;
  }
  return upper >= 3;
}
/** Function words a Title Case headline writes in lower case. */
const TITLE_CASE_LOWER = new Set(`dari untuk dengan yang atau pada dalam oleh bagi tentang kepada antara terhadap sebagai
  usai saat jelang demi karena`.split(/\s+/));
const MAX_HEADLINE = 200;

/** How many words a nickname has at most ("Red Diamonds", "Golden Knights"). */
const MAX_NICKNAME_WORDS = 2;

/**
 * Joins each KB place and the nickname after it into a team where `sportSentence` says the
 * sentence speaks of a match; tells `onTeam` each team's own words (for its short forms).
 */
export function placesWithTeamNames(text: string, ms: ActorMention[], facts: PlaceTeamFacts,
  sportSentence: (start: number, end: number) => boolean, onTeam: (words: string[], canonical: string, at: number) => void): void {
  let teams: Map<string, string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const place = ms[k];
    // (the cheap tests first: most places are not followed by a capitalised word)
    if (place.type !== 'GPE' || text.charCodeAt(place.end) !== 32 || !isUpper(text.charCodeAt(place.end + 1))) continue;
    if (!facts.kept(k) || !facts.subnationalPlace(k) || (capitalisedWordRightBefore(text, place.start) && !teamWordBefore(text, place.start))) continue;
    const words = nicknameAfter(text, place.end + 1);
    if (words.length === 0) continue;
    const end = place.end + 1 + words.join(' ').length;
    // Another actor in the words (a person after the place) keeps them; weak ones are the
    // team's ("Rangers", which the name model doubts), unless a title or a role stands
    // before the place: "Pelatih Bandung Budi", "petinju Surabaya Daud" name a person of
    // the place's team. (So "Pelatih Utah Jazz" stays apart where "Jazz" is read as a name.)
    const role = roleBefore(text, place.start);
    let j = k + 1;
    let blocked = false;
    for (; j < ms.length && ms[j].start < end; j++) if (role || facts.kept(j)) blocked = true;
    if (blocked || titleCaseLine(text, place.start) || !sportSentence(place.start, end)) continue;
    for (let x = k + 1; x < j; x++) facts.discard(x);
    const placeText = place.text;
    place.end = end;
    place.text = text.slice(place.start, end);
    place.type = 'ORG';
    place.canonical = place.text;
    delete place.entityId;
    facts.keep(k);
    (teams ??= new Map()).set(place.text, placeText);
    onTeam(words, place.canonical, place.start);
  }
  if (teams !== undefined) longerNamesWithTeams(text, ms, facts, teams);
}

/** "PS Batanghari Jaya" where the article names the team "Batanghari Jaya": the rules read
 *  an organisation that ends with the place ("PS Batanghari", a club's head and its
 *  regency) and the nickname after it as a person. The organisation takes the nickname in. */
function longerNamesWithTeams(text: string, ms: ActorMention[], facts: PlaceTeamFacts, teams: ReadonlyMap<string, string>): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k];
    const next = ms[k + 1];
    if (m.type !== 'ORG' || !facts.kept(k) || next.start !== m.end + 1 || text.charCodeAt(m.end) !== 32 || !facts.unknown(k + 1)) continue;
    for (const [team, place] of teams) {
      if (!m.text.endsWith(' ' + place) || !text.startsWith(team, m.end - place.length) || next.end !== m.end - place.length + team.length) continue;
      m.end = next.end;
      m.text = text.slice(m.start, m.end);
      m.canonical = m.text;
      delete m.entityId;
      facts.discard(k + 1);
      facts.keep(k);
      break;
    }
  }
}

/** The capitalised words (at most MAX_NICKNAME_WORDS) written from `at`, one space apart,
 *  that may name a team: none when one names a venue or an event, when the first is a
 *  direction, a calendar word, a title or a role, or when more capitalised words follow (a longer name the place only opens). */
function nicknameAfter(text: string, at: number): string[] {
  const words: string[] = [];
  let s = at;
  for (;;) {
    let e = s;
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    const w = text.slice(s, e);
    const lower = w.toLowerCase();
    // (a calendar word after the nickname ends it: "Utah Jazz Minggu malam")
    if (NOT_NICKNAMES.has(lower)) return [];
    if (e === s || NEVER_ACTOR.has(lower) || TITLE_HEADS.has(lower) || PERSON_ROLES.has(lower)) return words.length > 0 && NEVER_ACTOR.has(lower) ? words : [];
    words.push(w);
    if (text.charCodeAt(e) !== 32 || !isUpper(text.charCodeAt(e + 1))) return words;
    if (words.length === MAX_NICKNAME_WORDS) return [];
    s = e + 1;
  }
}
