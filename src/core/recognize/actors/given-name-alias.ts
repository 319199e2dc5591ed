// "Kepala Dinas Kesehatan … Hairil Anwar": an unknown word before a known person's one-word
// alias that is the first word of that person's own name ("Anwar" of "Anwar Ibrahim") is
// another person's given name before a surname that only looks known. A known surname
// after an unknown first name ("Dmitri Peskov" where only "Peskov" is known) still joins
// the known person (extents.ts). Issue 13: a regional health chief became Malaysia's prime
// minister, and with him the speaker of three statements.
import type { KbMatch } from '../../kb/kb-index';
import { adjacent, has, kbMatch, type Ctx } from './ctx';
import { F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD } from './word-class';

/** The KB match `m`, read as one word ending at `wordEnd`, is a person's alias that opens
 *  the person's canonical name of two words or more. */
export function aliasIsGivenName(m: KbMatch, wordEnd: number): boolean {
  if (m.entity.type !== 'PER' || m.end !== wordEnd) return false;
  const alias = m.alias;
  const canonical = m.entity.canonical;
  return alias.indexOf(' ') < 0 && canonical.length > alias.length + 1 && canonical.charCodeAt(alias.length) === 32 && canonical.startsWith(alias);
}

/** [start, end) is written as a given name: a capital, then three or more lower-case
 *  letters ("Hairil"; not "UKata", not "DPR"). */
export function givenNameShape(p: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const c = p.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  for (let k = start + 1; k < end; k++) {
    const d = p.charCodeAt(k);
    if (d < 97 || d > 122) return false;
  }
  return true;
}

/** "Kepala Dinas Kesehatan Hairil Anwar": a body's run [i, e) that a known person's given
 *  name at e cut after an unknown given name (the body's holder, glued after it): the end
 *  of the run taking the alias too (e + 1), so that the holder is cut off whole
 *  (person-after-body.ts); else e. The body keeps two words before the holder's name. */
export function holderGivenNameEnd(ctx: Ctx, i: number, e: number): number {
  if (e >= ctx.nt || e - i < 3 || !adjacent(ctx, e - 1, e) || ctx.p.charCodeAt(ctx.te[e - 1]) !== 32) return e;
  if (has(ctx, e - 1, F_ORG_HEAD | F_TITLE_HEAD | F_TITLE_WORD) || !givenNameShape(ctx.p, ctx.ts[e - 1], ctx.te[e - 1])) return e;
  const m = kbMatch(ctx, e);
  return m !== null && aliasIsGivenName(m, ctx.te[e]) && !(e + 1 < ctx.nt && adjacent(ctx, e, e + 1)) ? e + 1 : e;
}
