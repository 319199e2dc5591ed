// "Lalu Muhammad Iqbal meninjau …", "I Gusti Ngurah Rai adalah …": the regional name parts
// that the courtesy-title table keeps inside a name (courtesy-titles.ts, place 'name') open
// the name even at a sentence start, where "Lalu" ("then") was skipped as a sentence opener
// and the name model read "I Gusti Ngurah Rai" as no name. Only before two or more further
// capitalised words of the run: "Lalu Budi pulang" stays as it was read.
import { COURTESY_TITLES } from '../courtesy-titles';
import type { Ctx } from './ctx';

/** The capitalised 'name' rows as their words ("I Gusti" → ["I", "Gusti"]); the rows
 *  written with a dot or in lower case ("Hi.", "bin") sit inside a name, never open one. */
const OPENERS: readonly (readonly string[])[] = COURTESY_TITLES
  .filter((t) => t.place === 'name' && /^\p{Lu}[\p{L} ]*$/u.test(t.form))
  .map((t) => t.form.split(' '));

/** The number of words of the table's name part that opens the run [s, e) with two or more
 *  of the run's words after it, else 0. */
export function namePartOpening(ctx: Ctx, s: number, e: number): number {
  for (const words of OPENERS) {
    if (s + words.length + 2 > e) continue;
    let k = 0;
    while (k < words.length && ctx.te[s + k] - ctx.ts[s + k] === words[k].length && ctx.p.startsWith(words[k], ctx.ts[s + k])) k++;
    if (k === words.length) return k;
  }
  return 0;
}
