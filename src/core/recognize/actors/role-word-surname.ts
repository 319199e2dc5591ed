// "Kiper, Rahmat Hidayat, tampil gemilang …": a role word opening a sentence and set off by
// a comma before a name in apposition is that person's role, even where the word is also a
// known person's surname (the KB's "Kiper" of Oleh Kiper, a governor of Odesa). Without the
// comma and a name after it ("Kiper mengatakan …", "Kiper, Senin, …") the surname is left
// to the KB. "Kiper Ukraina, Andriy Lunin, …", "Kiper Indonesia tampil …": right before a
// known country or body with no comma the word is the role of a player of that team: a
// surname does not stand glued to a place or body as the sentence's subject.
import { has, isSentenceInitial, kbMatch, type Ctx } from './ctx';
import type { KbMatch } from '../../kb/kb-index';
import { isCountry } from '../../kb/country';
import { F_NEVER_ACTOR, F_TITLE_HEAD } from './word-class';

/** Token i is a one-word KB person's alias that is also a role word (lexicon.ts's title
 *  heads), opening its sentence, followed by ", " and a capitalised name. */
export function roleWordBeforeApposedName(ctx: Ctx, i: number, m: KbMatch): boolean {
  if (m.entity.type !== 'PER' || m.end !== ctx.te[i] || !has(ctx, i, F_TITLE_HEAD)) return false;
  const { p } = ctx;
  if (roleWordBeforeTeam(ctx, i, m)) return true;
  if (p.charCodeAt(m.end) !== 44 || p.charCodeAt(m.end + 1) !== 32) return false;
  if (i + 1 >= ctx.nt || ctx.ts[i + 1] !== m.end + 2) return false;
  // "Kiper, Senin, mengatakan", "Kiper, Rusia menembakkan …": a day or a known body or
  // place after the comma leaves the surname its person.
  const next = kbMatch(ctx, i + 1);
  if (has(ctx, i + 1, F_NEVER_ACTOR) || (next !== null && next.entity.type !== 'PER')) return false;
  return isSentenceInitial(p, ctx.ts[i]);
}

/** Token i (a one-word KB person's alias that is a role word, opening its sentence) is
 *  followed, after one space, by a known country or body (the player's team). */
function roleWordBeforeTeam(ctx: Ctx, i: number, m: KbMatch): boolean {
  if (ctx.p.charCodeAt(m.end) !== 32 || i + 1 >= ctx.nt || ctx.ts[i + 1] !== m.end + 1) return false;
  const team = kbMatch(ctx, i + 1);
  // (a team is a country or a body: "Kiper Odesa mengatakan …" is the governor of that city)
  if (team === null || team.entity.type === 'PER' || (team.entity.type === 'GPE' && !isCountry(team.entity))) return false;
  return isSentenceInitial(ctx.p, ctx.ts[i]);
}
