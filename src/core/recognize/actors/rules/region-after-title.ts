// "Bupati Lembata Petrus …", "Wali Kota Tegal Dedy …": right after a regent's or a mayor's
// title, a word the KB knows only with its prefix ("Kabupaten Lembata", "Kota Tegal";
// bare-regency.ts says why) is that region. It is a rule of its own, before unknown-name,
// because the region keeps the title's cue for the name after it: read by unknown-name,
// whose every match clears the cues, it left a holder named by one word ("Bupati Pati
// Sudewo meninjau …") with no clue at all (issue 13).
import { wordBefore } from '../../../text/chars';
import { isLowerWordAt } from '../../../text/lower-word-set';
import { bareCityAt, bareRegencyAt } from '../bare-regency';
import { isMayorsKota } from '../mayor-title';
import { ALWAYS, CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';

export const regionAfterTitle: ActorRule = {
  name: 'region-after-title',
  // The holder's name comes next: the title's cue carries over the region.
  cues: CUES_TITLE,
  // (asked of the tokens no rule before took; the character before the token turns
  // almost all of them away)
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts } = ctx;
    const start = ts[i];
    const last = p.charCodeAt(start - 2);
    // "bupati", "kota", "walikota": a space, and the title's last letter, right before.
    if (p.charCodeAt(start - 1) !== 32 || (last !== 105 && last !== 97) || (ctx.mode === 'credit' && i >= ctx.valueFrom)) return NO_MATCH;
    const before = wordBefore(p, start);
    if (!before || before.end !== start - 1) return NO_MATCH;
    const region = isLowerWordAt(p, before.start, before.end, 'bupati') ? bareRegencyAt(ctx, i)
      : mayorTitleBefore(p, before) ? bareCityAt(ctx, i) : null;
    if (!region) return NO_MATCH;
    ctx.out.push({ start, end: region.end, type: 'GPE', canonical: region.entity.canonical, entityId: region.entity.id, alias: region.alias, source: 'kb' });
    let k = i + 1;
    while (k < ctx.nt && ts[k] < region.end) k++;
    return k;
  },
};

/** The word `before` ends a mayor's title: "Walikota", or "Kota" after "Wali" ("Wali Kota",
 *  "Wakil Wali Kota"). */
function mayorTitleBefore(p: string, before: { start: number; end: number }): boolean {
  return isLowerWordAt(p, before.start, before.end, 'walikota') || isMayorsKota(p, before.start, before.end);
}

