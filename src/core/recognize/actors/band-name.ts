// "band Senja Rimba", "grup musik Langit Sore", "grup band Nada Kita": the name right after a
// band's noun is the band, an organisation, however much its words look like a person's name
// (misreads47: a band named once, with no other clue, was typed PER by the name model).
// After a member's role ("Gitaris Slank Abdee Negara") the band's one-word name and the
// member's are glued: role, ORG, PER.
import { wordBefore } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';
import { isBandRole } from '../band-roles';
import { classProbs, PER, modelMargins } from '../name-model';
import { adjacent, kbMatch, low, type Ctx } from './ctx';
import { conventionScoresOf } from './run-scores';

/** Nouns of a music group, right before its name (a genre may follow "band"). */
const BAND_NOUNS = ['band', 'grup musik', 'grup band', 'grup vokal', 'kelompok musik',
  'band rock', 'band indie', 'band pop', 'band metal', 'band punk', 'band jazz', 'band reggae'];

/** One of BAND_NOUNS, in lower case, stands right before `start`, one space apart. */
export function bandNounBefore(p: string, start: number): boolean {
  const last = wordBefore(p, start);
  if (last === null || last.end !== start - 1 || p.charCodeAt(last.end) !== 32) return false;
  for (const noun of BAND_NOUNS) {
    const space = noun.indexOf(' ');
    if (space < 0) { if (isLowerWordAt(p, last.start, last.end, noun)) return true; continue; }
    if (!isLowerWordAt(p, last.start, last.end, noun.slice(space + 1))) continue;
    const first = wordBefore(p, last.start);
    if (first !== null && first.end === last.start - 1 && isLowerWordAt(p, first.start, first.end, noun.slice(0, space))) return true;
  }
  return false;
}

const PROBS = classProbs();

/** "Gitaris Slank Abdee Negara mengatakan": after a band member's role (band-roles.ts) the
 *  unknown run [s, e) is the band's one-word name glued to the member's full name. The
 *  token where the member's name starts, or -1. */
export function bandBeforeMember(ctx: Ctx, s: number, e: number): number {
  if (e - s < 3 || s === 0 || !adjacent(ctx, s - 1, s) || !isBandRole(low(ctx, s - 1))) return -1;
  if (conventionScoresOf(ctx, s, s + 1, PROBS)[PER] > modelMargins().bandWordPerson) return -1;
  return conventionScoresOf(ctx, s + 1, e, PROBS)[PER] >= modelMargins().bandMember ? s + 1 : -1;
}

/** Last words that make a person's name a band's ("Rudi Hartono Project", "Ahmad Band"). */
const BAND_TAILS = new Set(['project', 'band', 'group', 'grup', 'orchestra', 'orkestra', 'trio', 'kuartet', 'quartet', 'singers', 'family']);

/** The unknown run [s, e) after a band's noun is a person's name, no band's: it ends in no
 *  band's word, and the KB knows a person opening it or the model reads it as a person. */
export function personAfterBandNoun(ctx: Ctx, s: number, e: number): boolean {
  if (BAND_TAILS.has(low(ctx, e - 1))) return false;
  if (kbMatch(ctx, s)?.entity.type === 'PER') return true;
  return conventionScoresOf(ctx, s, e, PROBS)[PER] >= modelMargins().personAfterBandNoun;
}
