// Sport clubs named with their city: "Surabaya Baja Perkasa", "Jakarta Garuda Cakti",
// "Rajawali Borneo Samarinda", "Kancil Mandiri Pontianak". The paragraph pass reads the
// city as a place and the rest as an unknown person, since nothing in the words says
// "team". The sentence does: a score ("3-1", "71-76") or a word that stands before a team
// ("tim", "tuan rumah", "menundukkan", "atas"). Link pass: such a city and the name next to
// it become one organisation, and the article's shorter forms of the club ("Baja Perkasa",
// "Rajawali", "Kubu Kancil") are that club. A club, or any organisation of two words or
// more the article names, read with the person after it ("Garuda Cakti Marcelo Tavares",
// "Radar Tegal Nurul Fitriani": a title before both, no comma between) is cut off that
// person, as company-lead-name.ts does for companies named with "PT".
import { MONTH_ABBREVIATIONS, MONTHS } from '../text/calendar-words';
import { isBlank, isDash, isDigit, isWordChar } from '../text/chars';
import { NOUNS_BEFORE_NAMES, PERSON_ROLES, TITLE_HEADS } from './lexicon';
import { clubShortName } from './club-short-name';
import { capitalisedWordRightBefore, capitalisedWordsBefore, matchSentence, wordOccurrences } from './club-before-city';
import { placesWithTeamNames } from './place-team-name';
import { blankIn, countBlanks, endOfWord, isCapitalised, offsetOfWord, wordsOf } from '../text/words';
import type { ActorMention } from './types';

/** What the link pass tells about mention k. */
export interface ClubMentionFacts {
  /** Found by a rule or weakly, not a KB name: a name the pass may retype or cut. */
  unknown(k: number): boolean;
  /** Found by a pattern of the rules (kept or confirmed), not only weakly. */
  pattern(k: number): boolean;
  /** A city or regency (not a country or province) from the KB. */
  city(k: number): boolean;
  /** A state, province, region or city from the KB (not a country). */
  subnationalPlace(k: number): boolean;
  /** Still in the result (not dropped by an earlier step). */
  kept(k: number): boolean;
  drop(k: number): void;
  /** Dropped for good: no later step of the pass may read it as a name again (a weak
   *  mention inside a club's words). */
  discard(k: number): void;
  keep(k: number): void;
}

/** Words right before a club ("tim voli putra X", "menundukkan X", "pemuncak klasemen X"). */
const TEAM_CUES = new Set(`tim klub skuad kubu rival menundukkan mengalahkan menaklukkan menekuk mengandaskan
  membekuk menumbangkan dikalahkan ditahan ditekuk menjamu dijamu melawan kontra menghadapi pemuncak klasemen bertandang`.split(/\s+/));
/** Cue words that speak of a team only after a given word or a score: "tuan rumah X" (not
 *  "di rumah X"), "menang atas X", "menang 5-2 atas X", "membalikkan keadaan atas X" (not
 *  "keberatan atas X"). */
const CUES_AFTER = new Map<string, ReadonlySet<string>>([
  ['rumah', new Set(['tuan'])],
  ['atas', new Set(['menang', 'kemenangan', 'unggul', 'keunggulan', 'keadaan'])],
]);
/** Words that may stand between a team cue and the club ("tim voli putra", "tim bola basket"). */
const CUE_FILLERS = new Set(['voli', 'bola', 'basket', 'futsal', 'putra', 'putri', 'sepak', 'tamu', 'esports', 'e-sports', 'esport', 'hoki', 'polo', 'air']);
/** "3-1", "71-76", "25-21": a score (not "2025-2026", not "U-23"); not a range of dates or
 *  amounts, whose unit follows ("10-12 Juni", "3-5 hari", "20-30 persen"; not "tahun",
 *  "pekan", "Minggu", which follow a score too: "menang 2-1 pekan lalu", "3-1 Minggu malam"). */
const SCORE = new RegExp(String.raw`(?<![\p{L}\p{N}/.,-])\d{1,3}-\d{1,3}(?![\p{N}/-])(?!\s*(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')}|hari|bulan|jam|menit|detik|persen|orang|ribu|juta|miliar|kg|km|meter|cm|ton|unit)\b|\s*%)`, 'iu');
/** How far the score is looked for around the name, each way: a sentence of news is shorter;
 *  an article delivered without full stops is not read end to end for each pair. */
const MAX_SENTENCE_REACH = 300;
/** How many words a club's own name (without its city) has at most. */
const MAX_NAME_WORDS = 3;
/** The shortest first word a club is named by alone ("Rajawali", "Kancil"). */
const MIN_SHORT_WORD = 4;

interface Club {
  /** The club's name without its city, in words. */
  words: string[];
  canonical: string;
  /** Where the club is first named with its city. */
  at: number;
}

/**
 * Joins each city and the unknown name next to it into a club where the sentence speaks of
 * a team; retypes the club's shorter forms; cuts a club or another organisation of the
 * article off an unknown person that starts with it. Returns the organisations cut off
 * people (to be merged in text order).
 */
export function joinSportClubs(text: string, ms: ActorMention[], facts: ClubMentionFacts): ActorMention[] {
  const clubs = findClubs(text, ms, facts);
  const extra: ActorMention[] = clubs.all.length === 0 ? [] : ownNamesWritten(text, ms, facts, clubs);
  // Outside a sport article the pass below only reads unknown people of three words or
  // more (the person left after an organisation's leading words): without one, nothing
  // changes, and the organisations' leads (a look at every organisation) are not built.
  if (clubs.all.length === 0 && !hasLongUnknownPerson(ms, facts)) return extra;
  const leads = organisationLeads(ms, clubs.all);
  if (clubs.all.length === 0 && leads.byFirst.size === 0) return extra;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!facts.unknown(k)) continue;
    // (runs for every unknown mention of a long text: outside a sport article only people
    // of three words or more whose first letter starts an organisation's name are read)
    if (clubs.all.length === 0 && !(m.type === 'PER' && m.text.charCodeAt(0) < 128 && leads.initials[m.text.charCodeAt(0)] === 1 && countBlanks(m.text) >= 2)) continue;
    let words = wordsOf(m.text);
    if (m.type === 'ORG') {
      // "Pelatih Baja Perkasa, Wahyu, …": the paragraph pass found the club's short name as
      // an organisation; it is the club named in full elsewhere.
      const named = shortFormOf(clubs, words);
      if (named && !clubs.canonicals.has(m.canonical)) {
        m.canonical = named.canonical;
        // "Pelatih Utah Jazz, Will Hardy, …": the place before the short name is the club's.
        const from = placeOpeningClub(text, ms, facts, k, m.end, named.canonical);
        if (from < m.start) { m.start = from; m.text = text.slice(from, m.end); }
      }
      continue;
    }
    // "Kubu Kancil", "Tim Rajawali": a noun before the club's short name.
    let skipped = 0;
    if (words.length >= 2 && NOUNS_BEFORE_NAMES.has(words[0].toLowerCase()) && shortFormOf(clubs, words.slice(1))) {
      skipped = 1;
      words = words.slice(1);
    }
    const club = shortFormOf(clubs, words);
    if (club) {
      if (skipped) { const cut = offsetOfWord(m.text, skipped); m.start += cut; m.text = m.text.slice(cut); }
      m.type = 'ORG';
      m.canonical = club.canonical;
      delete m.entityId;
      facts.keep(k);
      continue;
    }
    if (m.type !== 'PER' || words.length < 3) continue;
    const lead = leadOf(leads, words);
    if (lead === null) continue;
    const leadEnd = endOfWord(m.text, lead.words - 1);
    const cut = offsetOfWord(m.text, lead.words);
    // "Pelatih Utah Jazz Will Hardy": the place before the club's own words is the club's
    // (its canonical is the place and the words), not a place of its own.
    const from = placeOpeningClub(text, ms, facts, k, m.start + leadEnd, lead.canonical);
    extra.push({ start: from, end: m.start + leadEnd, text: text.slice(from, m.start + leadEnd), type: 'ORG', canonical: lead.canonical });
    m.start += cut;
    m.text = m.text.slice(cut);
    m.canonical = m.text;
  }
  return extra.length > 1 ? extra.sort((a, b) => a.start - b.start) : extra;
}

/** Whether an unknown person of three words or more, written in ASCII letters from the
 *  start, is among `ms`: the only mentions joinSportClubs reads when the article names no
 *  club (the gate of its lead pass; the pass's own test of them, without the leads). */
function hasLongUnknownPerson(ms: readonly ActorMention[], facts: ClubMentionFacts): boolean {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'PER' && m.text.charCodeAt(0) < 128 && countBlanks(m.text) >= 2 && facts.unknown(k)) return true;
  }
  return false;
}

/** Where the club cut off ms[k] starts: at the kept place right before it (one space apart)
 *  when the place and the club's words, up to `end`, are the club's canonical name ("Utah"
 *  and "Jazz" of "Utah Jazz"; the place is dropped); else at ms[k] itself. */
function placeOpeningClub(text: string, ms: readonly ActorMention[], facts: ClubMentionFacts, k: number, end: number, canonical: string): number {
  const m = ms[k];
  if (k === 0) return m.start;
  const place = ms[k - 1];
  if (place.type !== 'GPE' || place.end !== m.start - 1 || !facts.kept(k - 1) || end - place.start !== canonical.length ||
      !text.startsWith(canonical, place.start)) return m.start;
  facts.drop(k - 1);
  return place.start;
}

/** The article's clubs, by the first word of their own name too: a long text may name
 *  thousands, and each mention is looked up among them. */
interface Clubs {
  all: Club[];
  byFirst: Map<string, Club[]>;
  canonicals: Set<string>;
  /** The clubs' canonical names by their lower-case form (a headline in capitals). */
  byLowerCase: Map<string, string>;
}

/** The city-and-name pairs that the sentence marks as teams, joined in place. */
function findClubs(text: string, ms: ActorMention[], facts: ClubMentionFacts): Clubs {
  const clubs: Clubs = { all: [], byFirst: new Map(), canonicals: new Set(), byLowerCase: new Map() };
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== 32) continue;
    // "Surabaya Baja Perkasa" (city first) or "Rajawali Borneo Samarinda" (city last).
    // (the name may already be an organisation the rules found: "Garuda Muda", a word of
    // the name model's)
    // (the cheap test first: a KB lookup per pair of neighbouring names)
    const cityFirst = facts.unknown(k + 1) && facts.city(k);
    const cityLast = !cityFirst && facts.unknown(k) && facts.city(k + 1);
    if (!cityFirst && !cityLast) continue;
    const name = cityFirst ? b : a;
    const words = wordsOf(name.text);
    if (words.length > MAX_NAME_WORDS || !words.every(isCapitalised)) continue;
    if (!teamContext(text, a.start, b.end)) continue;
    const full = text.slice(a.start, b.end);
    // The unknown name's mention becomes the club (it carries no KB identity); the city's
    // is dropped.
    name.start = a.start;
    name.end = b.end;
    name.text = text.slice(a.start, b.end);
    name.type = 'ORG';
    name.canonical = full;
    delete name.entityId;
    if (cityFirst) { facts.drop(k); facts.keep(k + 1); } else { facts.drop(k + 1); facts.keep(k); }
    addClub(clubs, words, full, name.start);
    k++;
  }
  // "Utah Jazz", "Melbourne City": a KB place and a nickname no rule reads as a name.
  placesWithTeamNames(text, ms, facts, (s, e) => sportSentence(sentenceAround(text, s, e)),
    (words, canonical, at) => addClub(clubs, words, canonical, at));
  // Clubs whose own words the paragraph pass did not read as one name before the city
  // (club-before-city.ts): first where the sentence speaks of a team, then, in an article
  // that has a club, the same club named so elsewhere, or a sentence about a match.
  clubsBeforeCities(text, ms, facts, clubs, false);
  // "Tunas Seulawah FC … pelatih Tunas Seulawah": a club named once with its suffix is a
  // club by its name alone elsewhere in the article (dev d322: read as a person).
  clubsWithSuffix(ms, clubs);
  if (clubs.all.length > 0) clubsBeforeCities(text, ms, facts, clubs, true);
  return clubs;
}

/** Files each organisation of the article named with a club suffix ("Arema FC") as a club
 *  named by the words before the suffix (club-short-name.ts). */
function clubsWithSuffix(ms: readonly ActorMention[], clubs: Clubs): void {
  for (const m of ms) {
    // (the cheap test first: every suffix ends in "C", "." or "b")
    const last = m.text.charCodeAt(m.text.length - 1);
    if (m.type !== 'ORG' || (last !== 67 && last !== 46 && last !== 98)) continue;
    const short = clubShortName(m.text);
    if (short !== null) addClub(clubs, wordsOf(short), m.canonical, m.start);
  }
}

function addClub(clubs: Clubs, words: string[], canonical: string, at: number): void {
  if (clubs.canonicals.has(canonical)) return;
  const club = { words, canonical, at };
  clubs.canonicals.add(canonical);
  clubs.byLowerCase.set(canonical.toLowerCase(), canonical);
  clubs.all.push(club);
  const list = clubs.byFirst.get(words[0]);
  if (list === undefined) clubs.byFirst.set(words[0], [club]);
  else list.push(club);
}

/** Each city of the KB with capitalised words right before it that make a club: in the
 *  first pass where the sentence speaks of a team (teamContext); in the second (a sport
 *  article: a club was found) where the words and the city name a club already found, or
 *  two words or more, written again elsewhere, stand in a sentence about a match. The
 *  city's mention becomes the club; weak mentions inside the words are dropped. Another
 *  rule's mention there leaves it alone (keepsItsWords). */
function clubsBeforeCities(text: string, ms: ActorMention[], facts: ClubMentionFacts, clubs: Clubs, sportArticle: boolean): void {
  for (let k = 0; k < ms.length; k++) {
    const city = ms[k];
    // (the cheap tests first: most cities have no capitalised word right before them, and
    // the KB is asked only about those that have)
    if (city.type !== 'GPE' || !capitalisedWordRightBefore(text, city.start) || !facts.kept(k) || !facts.city(k)) continue;
    const starts = capitalisedWordsBefore(text, city.start, MAX_NAME_WORDS);
    if (starts.length === 0) continue;
    let s = -1;
    let canonical: string | undefined;
    if (!sportArticle) {
      if (teamContext(text, starts[0], city.end)) s = starts[0];
    } else {
      // (the longest known club first: "Banteng Muda Semarang" in "Guard Banteng Muda Semarang";
      // in capitals too: "BANTENG MUDA SEMARANG")
      for (let n = starts.length; n >= 1 && s < 0; n--) {
        canonical = clubs.byLowerCase.get(text.slice(starts[starts.length - n], city.end).toLowerCase());
        if (canonical !== undefined) s = starts[starts.length - n];
      }
      if (s < 0 && starts.length >= 2 && matchSentence(sentenceAround(text, starts[0], city.end)) && writtenElsewhere(text, starts[0], city.start - 1)) s = starts[0];
    }
    if (s < 0) continue;
    let inside = k;
    while (inside > 0 && ms[inside - 1].end > s) inside--;
    if (keepsItsWords(ms, facts, inside, k, s, canonical !== undefined)) continue;
    for (let j = inside; j < k; j++) facts.discard(j);
    const full = canonical ?? text.slice(s, city.end);
    const own = wordsOf(text.slice(s, city.start - 1));
    city.start = s;
    city.text = text.slice(s, city.end);
    city.type = 'ORG';
    city.canonical = full;
    delete city.entityId;
    facts.keep(k);
    addClub(clubs, own, full, s);
  }
}

/** How far from the club's first mention its own name is looked for: an article, not a
 *  long text read end to end for each club. */
const OWN_NAME_WINDOW = 5000;

/** Mentions ms[inside..k) (those ending after `s`) are another rule's and stay: a KB
 *  name, an organisation a pattern found ("Rumah Sakit Bahteramas" before "Kendari", of
 *  which only "Sakit Bahteramas" are capitalised words that do not introduce a club), and
 *  unless the words and city name a club already found (`known`: "Pivot Singa Muda
 *  Kendari", where the rules read "Singa Muda" alone; "Guard Banteng Muda Semarang",
 *  where they read a place "Guard Banteng Muda"), any kept mention that starts before the
 *  words or a kept person ("Rudi Hartono" before "Kendari"). Weak or dropped mentions
 *  inside the words are the club's ("Bintang" of "Bintang Laut"). */
function keepsItsWords(ms: ActorMention[], facts: ClubMentionFacts, inside: number, k: number, s: number, known: boolean): boolean {
  for (let j = inside; j < k; j++) {
    if (!facts.kept(j)) continue;
    if (!facts.unknown(j) || (ms[j].type === 'ORG' && facts.pattern(j))) return true;
    if (!known && (ms[j].start < s || ms[j].type === 'PER')) return true;
  }
  return false;
}

/** The words text[start, end) are written again elsewhere near them (the club named
 *  without its city: "Pekan depan Singa Muda menjamu Angin Selatan"): with a sentence
 *  about a match, enough to read two capitalised words before a city as a club. */
function writtenElsewhere(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  for (const o of wordOccurrences(text, words, Math.max(0, start - OWN_NAME_WINDOW), Math.min(text.length, end + OWN_NAME_WINDOW))) {
    if (o !== start) return true;
  }
  return false;
}

/** "Pelatih Gajah Putih, Agustina …", "Selain Bintang Laut, …": a club's own name of two
 *  words or more, written without its city where no mention or only unknown ones inside it
 *  stand (the name model dropped "Gajah Putih", the rules read "Bintang" as a person): the
 *  club. Unknown mentions inside become the club; elsewhere a new mention (returned). */
function ownNamesWritten(text: string, ms: ActorMention[], facts: ClubMentionFacts, clubs: Clubs): ActorMention[] {
  const extra: ActorMention[] = [];
  for (const club of clubs.all) {
    if (club.words.length < 2) continue;
    const name = club.words.join(' ');
    const at = club.at;
    for (const o of wordOccurrences(text, name, Math.max(0, at - OWN_NAME_WINDOW), Math.min(text.length, at + OWN_NAME_WINDOW))) {
      const end = o + name.length;
      let j = firstEndingAfter(ms, o);
      const inside: number[] = [];
      let blocked = false;
      for (; j < ms.length && ms[j].start < end && !blocked; j++) {
        // (a weak mention inside, "Bintang" of "Bintang Laut", is taken in as well)
        if (!facts.kept(j) && !facts.unknown(j)) continue;
        blocked = !facts.unknown(j) || ms[j].start < o || ms[j].end > end || ms[j].type === 'ORG' && ms[j].canonical === club.canonical;
        inside.push(j);
      }
      if (blocked) continue;
      if (inside.length === 0) {
        extra.push({ start: o, end, text: name, type: 'ORG', canonical: club.canonical });
        continue;
      }
      const m = ms[inside[0]];
      m.start = o;
      m.end = end;
      m.text = name;
      m.type = 'ORG';
      m.canonical = club.canonical;
      delete m.entityId;
      facts.keep(inside[0]);
      for (let x = 1; x < inside.length; x++) facts.discard(inside[x]);
    }
  }
  return extra;
}

/** The first mention that ends after `at` (mentions are in text order and do not overlap). */
function firstEndingAfter(ms: readonly ActorMention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].end <= at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The sentence around [start, end) speaks of a team: a team word right before the name
 *  (over "voli putra" and the like), or a score in the sentence with the name opening a
 *  clause (after punctuation, "dan", or a team word), not after a person's noun ("pebulu
 *  tangkis India Dimu George 15-21" is a player). */
function teamContext(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 4);
  for (let w = before.length - 1; w >= 0; w--) {
    const lw = before[w].toLowerCase();
    if (TEAM_CUES.has(lw)) return true;
    const after = CUES_AFTER.get(lw);
    if (after !== undefined) return w > 0 && (after.has(before[w - 1].toLowerCase()) || (lw === 'atas' && isDigit(before[w - 1].charCodeAt(0))));
    if (!CUE_FILLERS.has(lw)) break;
  }
  const prev = before.length > 0 ? before[before.length - 1].toLowerCase() : '';
  const opensClause = prev === '' || prev === 'dan' || prev === 'serta' || clausePunctuationBefore(text, start);
  if (!opensClause || PERSON_ROLES.has(prev) || TITLE_HEADS.has(prev)) return false;
  const sentence = sentenceAround(text, start, end);
  // (the cheap test first: the score pattern is slow to run over a sentence without one)
  return digitDashDigit(sentence) && SCORE.test(sentence);
}

/** Words of a sentence about a match beyond matchSentence's: a team, a coach, a season,
 *  an opponent, a league by its acronym. */
const SPORT_WORDS = /(?<![\p{L}\p{N}])(?:melawan|kontra|vs|skor|klub|tim|pelatih|musim|NBA|NFL|NHL|MLB|MLS|WNBA)(?![\p{L}\p{N}])/u;

/** The sentence speaks of a match: a word of a match or a league, a team word, or a score. */
function sportSentence(sentence: string): boolean {
  return matchSentence(sentence) || SPORT_WORDS.test(sentence) || (digitDashDigit(sentence) && SCORE.test(sentence));
}

/** A digit, a hyphen and a digit stand in a row in `s`: where a score may be. */
function digitDashDigit(s: string): boolean {
  for (let i = s.indexOf('-', 1); i >= 0 && i + 1 < s.length; i = s.indexOf('-', i + 1)) {
    if (isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** A comma, dash or line start right before the name (spaces between). */
function clausePunctuationBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 44 || c === 10 || isDash(c) || c === 40;
}

/** Up to `n` words before `at` in the same sentence, in text order (stops at . ! ? and line
 *  ends; over a comma: "pemuncak klasemen, Garuda Sakti Makassar, …" is an apposition). */
function wordsBefore(text: string, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at - 1;
  while (out.length < n) {
    while (i >= 0 && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i--;
    if (i < 0 || !isWordChar(text.charCodeAt(i))) break;
    const e = i + 1;
    while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
    out.unshift(text.slice(i + 1, e));
  }
  return out;
}

function sentenceAround(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - MAX_SENTENCE_REACH);
  const ceil = Math.min(text.length, end + MAX_SENTENCE_REACH);
  let s = start;
  while (s > floor && !SENTENCE_END.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < ceil && !SENTENCE_END.has(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}
// A full stop inside a number ("13,79", "121.000") does not end the sentence for this use:
// the score test reads digits only, and a sentence cut early merely loses a score.
const SENTENCE_END = new Set([10, 33, 63, 46]);

/** The club whose own name starts with `words` (the whole name or its first words, the
 *  first long enough to stand alone); null when none, or when two clubs would fit. */
function shortFormOf(clubs: Clubs, words: readonly string[]): Club | null {
  if (words.length === 0 || (words.length === 1 && words[0].length < MIN_SHORT_WORD)) return null;
  let found: Club | null = null;
  for (const c of clubs.byFirst.get(words[0]) ?? []) {
    if (words.length > c.words.length) continue;
    let same = true;
    for (let w = 0; w < words.length && same; w++) same = words[w] === c.words[w];
    if (!same) continue;
    if (found !== null) return null;
    found = c;
  }
  return found;
}

interface Lead {
  /** The organisation's words, single-spaced. */
  name: string;
  words: number;
  canonical: string;
  /** A club (whose one-word short name may lead a person's name too). */
  club: boolean;
}

interface Leads {
  /** By the first word of their name. */
  byFirst: Map<string, Lead[]>;
  /** 1 for the first letters of those first words (ASCII): most people are turned away on
   *  their first letter, before a word is cut out of them. */
  initials: Uint8Array;
}

/** Leads.initials of every call (joinSportClubs never re-enters): making a typed array
 *  costs about a microsecond, a share of analysing a short article. */
const LEAD_INITIALS = new Uint8Array(128);

/** Organisations of two words or more that the article names, and the clubs' own names,
 *  by their first word: the names a person read with an organisation may start with. */
function organisationLeads(ms: readonly ActorMention[], clubs: readonly Club[]): Leads {
  const leads: Leads = { byFirst: new Map(), initials: LEAD_INITIALS.fill(0) };
  let seen: Set<string> | undefined;
  const add = (name: string, canonical: string, club: boolean): void => {
    const words = wordsOf(name);
    if (words.length < 2 && !club) return;
    const list = leads.byFirst.get(words[0]);
    const lead = { name: words.join(' '), words: words.length, canonical, club };
    if (list === undefined) leads.byFirst.set(words[0], [lead]);
    else if (!list.some((l) => l.name === lead.name)) list.push(lead);
    const c = name.charCodeAt(0);
    if (c < 128) leads.initials[c] = 1;
  };
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || blankIn(m.text, 0) < 0) continue;
    // (each distinct name once: a long text repeats its organisations many times)
    if ((seen ??= new Set()).has(m.text)) continue;
    seen.add(m.text);
    add(m.text, m.canonical, false);
    // ("Arema FC": "Arema" before a person is the club.)
    const short = clubShortName(m.text);
    if (short !== null) add(short, m.canonical, true);
  }
  for (const c of clubs) add(c.words.join(' '), c.canonical, true);
  return leads;
}

/** The longest lead of `words` naming an organisation of the article (a club's by one word
 *  too), leaving at least two capitalised words of a person; null when none. */
function leadOf(leads: Leads, words: readonly string[]): Lead | null {
  const list = leads.byFirst.get(words[0]);
  if (list === undefined) return null;
  let best: Lead | null = null;
  for (const l of list) {
    if (l.words > words.length - 2 || (best !== null && best.words >= l.words) || (l.words === 1 && !l.club)) continue;
    if (words.slice(0, l.words).join(' ') !== l.name || !words.slice(l.words).every(isCapitalised)) continue;
    best = l;
  }
  return best;
}

