// "meluapnya Bengawan Solo", "pesisir Teluk Palu", "menyeberangi Selat Inggris", "lava
// mengarah ke Kali Batang": a river, a bay, a strait, a lake or a mountain named after a
// town or a country the KB knows. The feature is no actor (the annotation spec counts
// rivers, seas and mountains as regions), and the place inside its name is not meant
// either: the text speaks of the water, not of Surakarta or the United Kingdom. (A
// facility is another matter: a port or an airport is named for the town it serves, and
// the spec's annotators did mark the town there at times; non-actor-head.ts leaves them.)
import { adjacent, low, type Ctx } from './ctx';

/** Heads of natural features, lower case ("Kali" is Javanese for a river). */
const FEATURE_HEADS = new Set(['sungai', 'bengawan', 'kali', 'teluk', 'selat', 'laut', 'danau', 'gunung', 'lembah', 'samudra', 'samudera']);

/** Token i heads a natural feature, whose name a place the KB knows may be: the head opens
 *  the capitalised run ("Bintang Laut Surabaya" is a club, the place its town). */
export function namesNaturalFeature(ctx: Ctx, i: number): boolean {
  return FEATURE_HEADS.has(low(ctx, i)) && !(i > 0 && adjacent(ctx, i - 1, i));
}
