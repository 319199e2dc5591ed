// "meluapnya Bengawan Solo", "pesisir Teluk Palu", "menyeberangi Selat Inggris", "lava
// mengarah ke Kali Batang": a river, a bay, a strait, a lake or a mountain named after a
// town or a country the KB knows. The feature is no actor (the annotation spec counts
// rivers, seas and mountains as regions), and the place inside its name is not meant
// either: the text speaks of the water, not of Surakarta or the United Kingdom. (A
// facility is another matter: a port or an airport is named for the town it serves, and
// the spec's annotators did mark the town there at times; non-actor-head.ts leaves them.)
import { adjacent, low, type Ctx } from './ctx';
import { INLAND_FEATURE_WORDS, SEA_WORDS } from '../lexicon';
import { isAsciiLetter } from '../../text/chars';
import type { KbEntity } from '../../kb/types';
import { isCountry } from '../../kb/country';

/** Heads of natural features, lower case ("Bengawan" and "Kali" are Javanese for a river). */
const FEATURE_HEADS = new Set([...SEA_WORDS, ...INLAND_FEATURE_WORDS, 'bengawan', 'kali']);

/** Token i heads a natural feature, whose name a place the KB knows may be: the head opens
 *  the capitalised run ("Bintang Laut Surabaya" is a club, the place its town). */
export function namesNaturalFeature(ctx: Ctx, i: number): boolean {
  return FEATURE_HEADS.has(low(ctx, i)) && !(i > 0 && adjacent(ctx, i - 1, i));
}

/** Lower-case heads before a place that make the whole a water feature ("ikan sungai
 *  Mississippi", "danau Geneva", "selat Malaka"): written so, the feature is no token of
 *  its own, and the place the KB knows after it is read here. ("laut", "teluk", "gunung"
 *  are left out: "laut Indonesia", "teluk Jakarta" are written of the country's or the
 *  city's waters.) */
const LOWER_FEATURE_HEADS = ['sungai', 'danau', 'selat'];

/** Lower-case crops before a foreign region they are named after ("teh Assam", "teh
 *  Darjeeling", "kopi Yunnan"): the variety, not the region. Before a country ("teh India",
 *  "kopi Vietnam") the country's crop or trade is meant, and the country is kept. */
const CROP_HEADS = ['teh', 'kopi'];
const FEATURE_OR_CROP_HEADS = [...LOWER_FEATURE_HEADS, ...CROP_HEADS];

/** The word right before `start` is one of LOWER_FEATURE_HEADS (or of CROP_HEADS before a
 *  region), in lower case, and the place after it is foreign: "sungai Jakarta", "danau
 *  Toba" may well be the rivers of the Indonesian city, and its region the text speaks of. */
export function afterLowerFeatureHead(p: string, start: number, place: KbEntity): boolean {
  // (the word before first: asked for every place the KB knows, it is nearly never such a
  // head, and reading the place's description each time cost more than the rest of the rule)
  const head = lowerHeadBefore(p, start);
  if (head === undefined || place.description.en.includes('Indonesia')) return false;
  return LOWER_FEATURE_HEADS.includes(head) || !isCountry(place);
}

/** The one of FEATURE_OR_CROP_HEADS that is the word right before `start` (one space
 *  between), or undefined. (No head ends another, so at most one is.) */
function lowerHeadBefore(p: string, start: number): string | undefined {
  if (start < 2 || p.charCodeAt(start - 1) !== 32) return undefined;
  for (const head of FEATURE_OR_CROP_HEADS) {
    const from = start - 1 - head.length;
    if (from >= 0 && p.startsWith(head, from) && (from === 0 || !isAsciiLetter(p.charCodeAt(from - 1)))) return head;
  }
  return undefined;
}
