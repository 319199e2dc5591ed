// "perajin batik di Lasem, Kabupaten Rembang", "pendaki di jalur Sembalun, Lombok Timur",
// "seminar di Jatinangor, Sumedang": a place the KB does not know, written right before a
// regency or a city the KB knows, is a part of it: a kecamatan, a village, a town inside
// the regency. By the annotation spec those are regions, no actors (the KB knows every
// regency and city, from the gazetteer, so a place it does not know before one is smaller).
// The paragraph pass read the name after "di" as a place; the article tells what it is the
// first time it adds the regency, and the later bare mentions ("di Sembalun") are the same
// place. Link pass, before the short forms and people are resolved. (A list of places is
// no such pair: "di Jabodetabek, Bandung, dan Surabaya"; an item of a list is never taken.)
import type { ActorMention } from './types';
import { isOneWordDistrictName, opensRegionName } from './districts';
import { ORDINARY_WORD_SEATS } from '../kb/ordinary-word-seats';

/** What the link pass tells about mention k. */
export interface PlaceMentionFacts {
  /** A place found by a rule or weakly (no KB name). */
  unknownPlace(k: number): boolean;
  /** A lone word found with no clue ("jalur Sembalun, Lombok Timur": no place word before it). */
  weak(k: number): boolean;
  /** A regency or a city the KB knows. */
  regencyOrCity(k: number): boolean;
  drop(k: number): void;
}

/** Drops the unknown places the article writes once right before a known regency or city,
 *  and every other mention of the same names. */
export function dropSubRegencyPlaces(text: string, ms: readonly ActorMention[], facts: PlaceMentionFacts): void {
  let names: Set<string> | undefined;
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k];
    const next = ms[k + 1];
    if (next.start !== m.end + 2 || text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32) continue;
    if (!(facts.unknownPlace(k) || facts.weak(k)) || !facts.regencyOrCity(k + 1) || listItem(text, m.start) || listGoesOn(text, next.end)) continue;
    (names ??= new Set()).add(m.text);
  }
  if (names === undefined) return;
  for (let k = 0; k < ms.length; k++) if (names.has(ms[k].text) && facts.unknownPlace(k)) facts.drop(k);
}

/** The mention at `start` follows ", " or " dan ": an item of a list, not a place and its
 *  regency. */
function listItem(text: string, start: number): boolean {
  return (text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32) || text.startsWith(' dan ', start - 5);
}

const LIST_GOES_ON = /^(?:,? dan |, [A-Z][\w'-]*(?: [A-Z][\w'-]*)?,? dan )/;

/** After the regency the list goes on ("di Jabodetabek, Bandung, dan Surabaya"): the place
 *  before it is a list's first item. */
function listGoesOn(text: string, end: number): boolean {
  return LIST_GOES_ON.test(text.slice(end, end + 40));
}

/** "dari Muntok dan Jebus", "puskesmas di Baraka", "petani asal Tulangan": a place the KB does
 *  not know whose one word is a kecamatan's name in the gazetteer (districts.ts: no regency's
 *  seat, which the KB knows as a town) is that kecamatan, a region and no actor (actors54b;
 *  dev: 13 such places are no actor in the gold, 2 a place). Kecamatan of two words and more
 *  are read as no name by the rules already. */
export function dropOneWordDistricts(ms: readonly ActorMention[], unknownPlace: (k: number) => boolean, drop: (k: number) => void): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // (not one read as a regency by its short name: "Selayar", "Kabupaten Kepulauan Selayar";
    // nor the first word of a region's name, which news uses for it: "Tidore"; nor a seat
    // named like an ordinary word, read as the town by rules/ordinary-word-seat.ts: "di Sumber")
    if (unknownPlace(k) && m.canonical === m.text && m.text.indexOf(' ') < 0 && isOneWordDistrictName(m.text) && !opensRegionName(m.text) &&
        !ORDINARY_WORD_SEATS.has(m.text)) drop(k);
  }
}
