// "Hari" opens the names of days ("Hari Raya Idulfitri", "Hari Pers Nasional"), a non-actor
// head; it is also a common Javanese given name ("Hari Santoso"). Where Indonesian news puts
// a person's name, it is the name: in a credit line's value ("Editor: Hari Widodo Santoso")
// and in apposition right after a body, closed by a comma ("Kepala Bidang … Disperindag
// Jatim, Hari Santoso Kitulu, menyebut …"), where a day's name is not written (issue 13,
// dev d317, d327: both names were lost).
import { adjacent, low, wordIs, type Ctx } from './ctx';
import { WEEKDAYS } from '../../text/calendar-words';

/** Words of days' names ("Hari Raya", "Hari Jadi Garut", "Hari Pers Nasional", "Hari Air
 *  Sedunia"): a run with one of them is a day, in apposition too. */
const DAY_NAME_WORDS = new Set(['raya', 'jadi', 'ulang', 'lahir', 'kemerdekaan', 'nasional', 'internasional', 'sedunia', 'dunia']);
/** The weekdays in lower case: "Hari Minggu pagi …" is a day, even where a credit line's value
 *  runs on into the next sentence ("Editor: Hari Purnomo. Hari Minggu …", review46). */
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS.map((d) => d.toLowerCase()));

/** Token i is "Hari" opening a person's name: in a credit line's value, or as a name of two
 *  words or more in apposition after the organisation just emitted, closed by a comma. */
export function hariIsGivenName(ctx: Ctx, i: number): boolean {
  if (!wordIs(ctx, i, 'Hari') || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1) || ctx.p.charCodeAt(ctx.te[i]) !== 32 || WEEKDAY_WORDS.has(low(ctx, i + 1))) return false;
  if (ctx.mode === 'credit' && i >= ctx.valueFrom) return true;
  const last = ctx.out[ctx.out.length - 1];
  if (last === undefined || last.type !== 'ORG' || last.end !== ctx.ts[i] - 2 || ctx.p.charCodeAt(last.end) !== 44) return false;
  let k = i + 1;
  while (k + 1 < ctx.nt && adjacent(ctx, k, k + 1) && !DAY_NAME_WORDS.has(low(ctx, k))) k++;
  if (DAY_NAME_WORDS.has(low(ctx, k))) return false;
  return ctx.p.charCodeAt(ctx.te[k]) === 44;
}
