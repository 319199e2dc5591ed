// "“Baik, Yang Mulia. Saya belum pernah menerima langsung …,” ujar saksi": a quote that
// addresses the bench as "Yang Mulia" is spoken to a judge, never by one. When the speaker
// resolution lands on the judge (the salient speaker after the judge's own words), the
// floor goes back to the other party of the exchange (issue 13: court hearings, d114).
import { titledPersonBefore } from './described-person';
import type { ActorMention } from './types';

const ADDRESSES_BENCH = /\bYang Mulia\b/;

/** The quote's words address a judge. */
export function addressesBench(quote: string): boolean {
  return ADDRESSES_BENCH.test(quote);
}

/** `who` was introduced in the article with "hakim" among its title words ("Ketua majelis
 *  hakim Hendra Kusumawardhana"), looking back from mention index `last`. */
export function introducedAsJudge(text: string, mentions: readonly ActorMention[], who: ActorMention, last: number,
  isPerson: (k: number) => boolean): boolean {
  return titledPersonBefore(text, mentions, (k) => isPerson(k) && mentions[k].canonical === who.canonical, last, 'hakim') !== null;
}
