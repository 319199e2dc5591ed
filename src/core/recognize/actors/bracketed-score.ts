// "klub Tunas Harapan Raya (43)": a number in brackets after a name is news's way of giving
// a person's age ("operator crane Kusnadi (39)"), but after a club, a team or a cooperative
// noun, or in a sentence about a league's standings, it is the points (or members) of a
// body (review46: a club's points read as its age made the club a person).
import { wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { sentenceStartBefore } from '../sentence-end';

/** Nouns of bodies that a bracketed number after their name counts for. */
const COUNTED_BODY_NOUNS = new LowerWordSet(['klub', 'tim', 'kesebelasan', 'koperasi', 'skuad']);
/** Words of a standings table earlier in the sentence. */
const STANDINGS_RE = /\b(?:klasemen|poin|peringkat)\b/i;
/** How far back in the sentence the standings words are looked for. */
const REACH = 160;

/** The bracketed number after the name starting at `start` counts a body's points, not a
 *  person's years: the name follows a club's or team's noun, or the sentence so far speaks
 *  of standings. */
export function bracketedScoreAfter(p: string, start: number): boolean {
  const before = wordBefore(p, start);
  if (before !== null && COUNTED_BODY_NOUNS.hasAt(p, before.start, before.end)) return true;
  const from = sentenceStartBefore(p, start, Math.max(0, start - REACH));
  return STANDINGS_RE.test(p.slice(from, start));
}
