// "Moskow (ANTARA) -", "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -".
import { NEVER_ACTOR } from '../lexicon';
import { adjacent, emitKb, has, kbMatch, pushMention, type Ctx } from './ctx';
import { islandRegencyAt } from './bare-regency';
import { HYPHEN_DOMAIN } from './domains';
import { nameOutletDomain } from './outlet-domain-name';
import { nameRegionalPaperDomain, paperAfterPlace, regionalNewspaper } from './regional-newspaper';
import { F_ORG_TAIL, isAcronymWord, NOT_IN_A_PERSON_NAME } from './word-class';
import { isDash, isDigit } from '../../text/chars';

// Built once here, not written inline: the bundler (esbuild, target node20) turns a
// regex literal with \p{…} outside brackets into a `new RegExp(…)` call, which inside
// the function ran for every paragraph that starts like a dateline.
/** Only capitalised words, commas, parentheses, dots and spaces; an apostrophe between
 *  letters belongs to the place's name ("Nuku'alofa", "Ta'if"). */
const DATELINE_HEAD = /^[\p{Lu}](?:[\p{L}\p{M}.,()/ -]|(?<=\p{L})['’](?=\p{L}))*$/u;
const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}/u;
const WORD_INITIAL = /(^|[\s-])\p{Ll}/gu;
/** A place, a comma and a date: "Sampit, 16 Desember 2025 ". */
const DATED_HEAD = /^(\p{Lu}[\p{L}\p{M} ]*), \d{1,2} \p{Lu}\p{Ll}+ \d{4} $/u;
const OUTLET_DOMAIN = /\.(?:com|co|id|co\.id)$/i;


/** Places of a dateline become GPE, outlets ORG. Returns the offset where the body
 *  starts (0 if no dateline). */
export function dateline(ctx: Ctx): number {
  const { p, ts, te, nt } = ctx;
  if (ctx.mode !== 'normal' && ctx.mode !== 'kbOnly') return 0;
  const limit = Math.min(p.length, 90);
  let dash = -1;
  for (let k = 1; k < limit - 1; k++) {
    const c = p.charCodeAt(k);
    if (isDash(c) && p.charCodeAt(k - 1) === 32) { dash = k; break; }
    // A lower-case word before any dash fails the head test below anyway: most
    // paragraphs (ordinary sentences) stop here after a few characters.
    if (c === 32) {
      const d = p.charCodeAt(k + 1);
      if (d >= 97 && d <= 122) return 0;
    }
  }
  if (dash < 0) return 0;
  // "Sampit, 16 Desember 2025 -": a press release's dateline ends in the date (a digit
  // before " -": only then is the regex asked).
  const dated = isDigit(p.charCodeAt(dash - 2)) ? DATED_HEAD.exec(p.slice(0, dash)) : null;
  const head = dated ? dated[1] : p.slice(0, dash);
  if (!DATELINE_HEAD.test(head) || LOWER_CASE_WORD.test(head)) return 0;
  if (!dated && byline(ctx, dash)) return dash + 1;
  let i = 0;
  // The dateline's last name was a place.
  let placeBefore = false;
  while (i < nt && te[i] <= dash) {
    HYPHEN_DOMAIN.lastIndex = ts[i];
    if (p.charCodeAt(te[i]) === 45 && HYPHEN_DOMAIN.test(p) && HYPHEN_DOMAIN.lastIndex <= dash) {
      const end = HYPHEN_DOMAIN.lastIndex;
      const known = kbMatch(ctx, i);
      if (known && known.end === end) { i = emitKb(ctx, i, known); continue; }
      pushMention(ctx, ts[i], end, 'ORG', 'pattern');
      nameOutletDomain(ctx.out, ts[i]);
      while (i < nt && ts[i] < end) i++;
      continue;
    }
    // "SOE, Pos Kupang –": a regional paper named by its town (regional-newspaper.ts)
    const paper = regionalNewspaper(ctx, i);
    if (paper >= 0) { placeBefore = false; i = paper; continue; }
    const m = kbMatch(ctx, i);
    // "Riau Pos -": the daily named by its region before the dash (regional-newspaper.ts)
    const regional = m && m.entity.type === 'GPE' ? paperAfterPlace(ctx, i, m.end) : -1;
    if (regional >= 0) { placeBefore = false; i = regional; continue; }
    if (m && m.end <= dash) { placeBefore = m.entity.type === 'GPE'; i = emitKb(ctx, i, m); continue; }
    // "SELAYAR, TRIBUN-TIMUR.COM -": a regency named by its island word (bare-regency.ts)
    const island = !m && (i + 1 >= nt || te[i + 1] > dash || !adjacent(ctx, i, i + 1)) ? islandRegencyAt(ctx, i) : null;
    if (island) {
      ctx.out.push({ start: ts[i], end: te[i], type: 'GPE', canonical: island.entity.canonical, entityId: island.entity.id, alias: island.alias, source: 'pattern' });
      placeBefore = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < nt && te[j] <= dash && adjacent(ctx, j - 1, j) && !kbMatch(ctx, j)) j++;
    const s = ts[i];
    const e = te[j - 1];
    const surface = p.slice(s, e);
    const inParens = p.charCodeAt(s - 1) === 40;
    // "Jayapura, Jubi –": after the place and its comma, the outlet (the KB names the
    // common ones; this is for the others).
    const afterPlace = placeBefore && p.charCodeAt(s - 2) === 44 && p.charCodeAt(s - 1) === 32;
    const isOutlet = inParens || afterPlace || OUTLET_DOMAIN.test(surface) || has(ctx, j - 1, F_ORG_TAIL);
    placeBefore = !isOutlet;
    if (!NEVER_ACTOR.has(surface.toLowerCase())) {
      pushMention(ctx, s, e, isOutlet ? 'ORG' : 'GPE', 'pattern');
      if (isOutlet) nameRegionalPaperDomain(ctx.out, s, ctx.kb);
      // "SOFIFI (ANTARA) -", "SOE, Pos Kupang –": a place in capitals is named in the usual
      // case (three letters and more: a town's name is rarely shorter).
      if (!isOutlet && isAcronymWord(surface.replace(/[\s-]/g, '')) && surface.length >= 3) {
        ctx.out[ctx.out.length - 1].canonical = surface.toLowerCase().replace(WORD_INITIAL, (c) => c.toUpperCase());
      }
    }
    i = j;
  }
  return dash + 1;
}

/** One word alone on the line after the dash: an outlet. */
const OUTLET_ALONE = /^ ?[\p{L}\p{N}.]+[ \t]*(?:\n|$)/u;

/** "Anindya Kusumawardhani - detikInet" on a line of its own: a journalist's byline, not a
 *  dateline (dev d260: the reporter was read as a place). The name before the dash (two to
 *  four words the KB does not know) is a person; the outlet after it is left to the body
 *  rules. True when the line was read so. */
function byline(ctx: Ctx, dash: number): boolean {
  const { p, ts, te, nt } = ctx;
  if (!OUTLET_ALONE.test(p.slice(dash + 1, dash + 60))) return false;
  let j = 0;
  while (j < nt && te[j] <= dash) j++;
  if (j < 2 || j > 4 || ts[0] !== 0 || te[j - 1] !== dash - 1) return false;
  for (let k = 0; k < j; k++) {
    if ((k > 0 && !adjacent(ctx, k - 1, k)) || kbMatch(ctx, k) || has(ctx, k, NOT_IN_A_PERSON_NAME)) return false;
  }
  pushMention(ctx, 0, te[j - 1], 'PER', 'pattern');
  return true;
}
