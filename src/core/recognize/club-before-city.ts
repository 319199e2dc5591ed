// "Tim voli putri Camar Laut Surabaya …", "menaklukkan Gajah Putih Medan 3-1", "Guard
// Banteng Muda Semarang Rimu Halim": clubs of basketball, volleyball, futsal and e-sports
// are named by ordinary words and their city. The paragraph pass reads those words as a
// person ("Bintang"), a sea ("Laut Surabaya"), a place ending in a direction ("Angin
// Timur") or nothing at all (the name model drops "Gajah Putih"), so sport-clubs.ts finds
// no unknown mention next to the city to join. The text still has the words: the
// capitalised words written right before the city, up to the title, role or head that
// introduces the club. These helpers read them; sport-clubs.ts decides when they are a club
// (a team word or a score in the sentence, the same club named so elsewhere in the
// article, or a sport article's sentence about a match).
import { isUpper, isWordChar, wordStartBefore } from '../text/chars';
import { COMMON_SENTENCE_STARTERS, NOUNS_BEFORE_NAMES, ORG_HEADS, PERSON_ROLES, PLACE_CUES, TITLE_HEADS, VENUE_HEADS } from './lexicon';

/** Players' positions written before a player's name (and so before the club that comes
 *  first: "Guard Banteng Muda Semarang Rimu Halim"). Not titles of the lexicon: "guard",
 *  "forward" and "center" close English names ("Coast Guard", "Convention Center"). */
const POSITIONS = new Set(['guard', 'forward', 'center', 'centre', 'setter', 'tosser', 'opposite', 'libero', 'spiker', 'quicker',
  'pivot', 'flank', 'anchor', 'shooting', 'point', 'small', 'power']);

/** Words that never open a club's own name: they introduce it or stand outside it. (Heads
 *  of seas and islands are not among them: "Bintang Laut", "Samudra Jaya".) */
function stopsAClub(lower: string): boolean {
  return TITLE_HEADS.has(lower) || PERSON_ROLES.has(lower) || ORG_HEADS.has(lower) || NOUNS_BEFORE_NAMES.has(lower) ||
    PLACE_CUES.has(lower) || COMMON_SENTENCE_STARTERS.has(lower) || POSITIONS.has(lower);
}

/** Heads of venues and places a match is played at or a team travels to: the words after
 *  one ("Stadion Gelora Bung Tomo Surabaya", "di GOR Kertajaya Surabaya") are the venue's.
 *  (With words that head actors' names elsewhere or no name at all: not the lexicon's.) */
const VENUE_WORDS = new Set([...VENUE_HEADS, 'stadium', 'gelanggang', 'hall', 'arena', 'kampus', 'di']);

/** A capitalised word stands right before `at`, one space apart ("Bintang Laut Surabaya",
 *  not "di Surabaya"): the test before any lookup, since most cities have none. */
export function capitalisedWordRightBefore(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return false;
  const s = wordStartBefore(text, at - 1);
  return s < at - 1 && isUpper(text.charCodeAt(s));
}

/** The starts of the capitalised words (at most `max`) written right before `at`, one
 *  space apart, in text order: the words a club's name before its city may have. Stops at
 *  a word that introduces a club rather than names it (stopsAClub), at an acronym when the
 *  city is not in capitals, and at anything but a single space; none when the words follow
 *  a venue's head or a preposition of place, or when there are more than `max`. */
export function capitalisedWordsBefore(text: string, at: number, max: number): number[] {
  const capitals = isUpper(text.charCodeAt(at + 1));
  const starts: number[] = [];
  let end = at - 1;
  while (end > 0 && text.charCodeAt(end) === 32 && isWordChar(text.charCodeAt(end - 1))) {
    const s = wordStartBefore(text, end);
    const w = text.slice(s, end);
    const lower = w.toLowerCase();
    if (VENUE_WORDS.has(lower)) return [];
    if (!isUpper(text.charCodeAt(s)) || stopsAClub(lower) || (!capitals && w.length > 1 && w === w.toUpperCase())) break;
    if (starts.length === max) return [];
    starts.unshift(s);
    end = s - 1;
  }
  return starts;
}

/** Words of a sentence about a match or a league ("laga", "klasemen", "kuarter"). */
const MATCH_WORDS = /(?<![\p{L}\p{N}])(?:laga|klasemen|kuarter|semifinal|final|pertandingan|turnamen|kompetisi|liga|poin|gol|set|menjamu|bertandang|juara)(?![\p{L}\p{N}])/iu;

/** The sentence text speaks of a match or a league. */
export function matchSentence(sentence: string): boolean {
  return MATCH_WORDS.test(sentence);
}

/** Where `name` is written in `text[from, to)` as whole words (not inside a longer word). */
export function wordOccurrences(text: string, name: string, from: number, to: number): number[] {
  const out: number[] = [];
  const near = text.slice(from, to);
  for (let k = near.indexOf(name); k >= 0; k = near.indexOf(name, k + name.length)) {
    if (!isWordChar(near.charCodeAt(k - 1)) && !isWordChar(near.charCodeAt(k + name.length))) out.push(from + k);
  }
  return out;
}
