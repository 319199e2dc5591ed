// "Pemprov Jatim Cabut Izin Tambang …", "Disdik Sumbar Larang Studi Tur …": in a headline
// only KB names count, so a regional body in short form gave its region alone. A short head
// right before a region the KB knows is the body (the link pass names it in full, as in the
// body text: regional-names.ts); alone, a weak mention of the article's one such body;
// nothing else in a Title Case headline is read as a name. A police office or a naval base
// before its region ("Polres Wonosobo Buru …") is the office, named by its full title as in the
// body text (regional-office.ts; session 51).
import { adjacent, kbMatch, low, pushMention, word, type Ctx } from '../ctx';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { isRegionalShortHead } from '../../regional-names';
import { REGIONAL_OFFICES, regionFrom } from '../regional-office';
import { isMissionShortHead } from '../../diplomatic-mission';
import { isCountry } from '../../../kb/country';
import { isRomanNumeral } from '../../../text/roman-numerals';

export const headlineRegionalBody: ActorRule = {
  name: 'headline-regional-body',
  cues: CUES_CLEAR,
  // (Every token of a headline: "DPRD" is no organisation head, since a person may follow it.)
  gate: ALWAYS,
  apply(ctx, i) {
    const office = REGIONAL_OFFICES.get(low(ctx, i));
    if (office !== undefined && !isRegionalShortHead(word(ctx, i))) return officeWithRegion(ctx, i, office);
    // "Komisi IV DPRD Balikpapan Panggil Disdik": a council's commission before the council
    // (the KB's "Komisi IV" is the national parliament's; dev d93, d129).
    const h = commissionBefore(ctx, i) ? i + 2 : i;
    // "KJRI Kota Kinabalu Surati …": a mission with its city likewise (diplomatic-mission.ts),
    // never alone ("KBRI Pastikan …" leaves the article to say which) nor with a country.
    const mission = h === i && isMissionShortHead(word(ctx, i));
    if (!mission && !isRegionalShortHead(word(ctx, h))) return NO_MATCH;
    const region = h + 1 < ctx.nt && adjacent(ctx, h, h + 1) ? kbMatch(ctx, h + 1) : null;
    if (mission && region && isCountry(region.entity)) return NO_MATCH;
    if (!region || region.entity.type !== 'GPE') {
      if (mission) return NO_MATCH;
      // "Dinkes Tetapkan KLB", "… Cecar Disdik": a short head alone is a weak mention, the one
      // such body the article names in full (link.ts), or nothing.
      if (h !== i) return NO_MATCH;
      pushMention(ctx, ctx.ts[i], ctx.te[i], 'ORG', 'weak');
      return i + 1;
    }
    let k = h + 2;
    while (k < ctx.nt && ctx.ts[k] < region.end) k++;
    pushMention(ctx, ctx.ts[i], region.end, 'ORG', 'pattern');
    return k;
  },
};

/** A regional council numbers its commissions in Roman numerals (text/roman-numerals.ts) or
 *  letters ("Komisi C"). */
const COMMISSION_LETTER = /^[A-E]$/;

/** Tokens i, i + 1 are "Komisi <number>" right before a third token. */
function commissionBefore(ctx: Ctx, i: number): boolean {
  return i + 2 < ctx.nt && word(ctx, i) === 'Komisi' && adjacent(ctx, i, i + 1) && adjacent(ctx, i + 1, i + 2) && commissionNumber(word(ctx, i + 1));
}

function commissionNumber(w: string): boolean {
  return isRomanNumeral(w) || COMMISSION_LETTER.test(w);
}

/** "Polres Wonosobo", "Polda Sulsel": the office at token i with the region the KB knows right
 *  after it, named `office` and the region; no such region, no match (a bare "Polres" in a
 *  headline names no one office). */
function officeWithRegion(ctx: Ctx, i: number, office: string): number {
  const region = i + 1 < ctx.nt && adjacent(ctx, i, i + 1) ? kbMatch(ctx, i + 1) : null;
  if (!region || region.entity.type !== 'GPE' || isCountry(region.entity)) return NO_MATCH;
  let k = i + 2;
  while (k < ctx.nt && ctx.ts[k] < region.end) k++;
  pushMention(ctx, ctx.ts[i], region.end, 'ORG', 'pattern');
  const last = ctx.out[ctx.out.length - 1];
  if (last !== undefined && last.start === ctx.ts[i]) last.canonical = `${office} ${regionFrom(ctx, i + 1, k)}`;
  return k;
}
