// The never-an-actor list (lexicon.ts NEVER_ACTOR) is read by a word's lower-case form, so
// that "Ia", "Juni" or "KTT" at a sentence start, in a Title Case headline or in an ALL CAPS
// dateline are caught however they are written. Some entries are acronyms ("SAR", "HAM",
// "SIM", "SARA") or English auxiliaries ("were"), whose ordinary written form is not Title
// Case: a Title Case word spelt like one, beside a word of a person's name, is a word of that
// name ("Kolonel Sar Vuthy", "Ham Jin-woo", "Grace Akinyi Were"; dev d468, d447), not the
// listed word. Asked only of tokens that carry F_NEVER_ACTOR: no cost for any other token.
import { NEVER_ACTOR_WRITTEN_IN_CAPITALS, NEVER_ACTOR_WRITTEN_IN_LOWER_CASE } from '../lexicon';
import { adjacent, has, isSentenceInitial, low, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_UPPER_CASE, NOT_IN_A_PERSON_NAME } from './word-class';

/** Token k carries F_NEVER_ACTOR and is a word of the list there: not a Title Case spelling
 *  of an acronym or a lower-case entry standing beside a word of a person's name. */
export function neverActorAt(ctx: Ctx, k: number): boolean {
  return has(ctx, k, F_NEVER_ACTOR) && !listedWordInName(ctx, k);
}

/** Token k (on the list) is a Title Case spelling of an entry written otherwise, in a
 *  line of running text (not a headline, a credit or a source line), right before a
 *  capitalised word that may be a person's (no title, body, place or common word), or
 *  right after two such words. A lower-case entry must stand inside its sentence too:
 *  Title Case is its spelling at a sentence start. */
export function listedWordInName(ctx: Ctx, k: number): boolean {
  if (ctx.mode !== 'normal' || has(ctx, k, F_UPPER_CASE) || !isTitleCase(ctx.p, ctx.ts[k], ctx.te[k])) return false;
  const lw = low(ctx, k);
  if (!NEVER_ACTOR_WRITTEN_IN_CAPITALS.has(lw)) {
    if (!NEVER_ACTOR_WRITTEN_IN_LOWER_CASE.has(lw) || isSentenceInitial(ctx.p, ctx.ts[k])) return false;
  }
  // (Before a name's word it opens or continues the name; after one it closes a name only
  // of two words more: "Komnas Ham", "Posko Sar" written in sloppy case are a body's name)
  if (k + 1 < ctx.nt && adjacent(ctx, k, k + 1) && nameWord(ctx, k + 1)) return true;
  return k > 1 && adjacent(ctx, k - 1, k) && adjacent(ctx, k - 2, k - 1) && nameWord(ctx, k - 1) && nameWord(ctx, k - 2);
}

/** Token j may be a word of a person's name: Title Case, of no class a name's word never has. */
function nameWord(ctx: Ctx, j: number): boolean {
  return !has(ctx, j, NOT_IN_A_PERSON_NAME | F_UPPER_CASE) && isTitleCase(ctx.p, ctx.ts[j], ctx.te[j]);
}

/** A capital, then a lower-case letter ("Sar", "Were"; not "SAR", "MTsN"). */
function isTitleCase(p: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const a = p[start] as string;
  const b = p[start + 1] as string;
  return a !== a.toLowerCase() && b !== b.toUpperCase();
}

/** One of the tokens [from, to) is a word of the never-an-actor list there (neverActorAt). */
export function anyNeverActor(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (neverActorAt(ctx, k)) return true;
  return false;
}
