// "Jean-Pierre Essomba", "Marie-Claire Ndongo", "Hans-Dieter Vogel": a Western compound
// given name is written with a hyphen between two capitalised given names. Elsewhere in
// Indonesian news a hyphen between two capitalised words joins two actors ("Prabowo-Gibran",
// "Rusia-Ukraina", "Hasan Umaternate-Rizal Bahtiar"), so only the few given names that open
// such compounds keep the hyphen inside one name (issue 13: "Jean" and "Pierre Essomba" were
// two people, and the second took the speaker's quotes).
import { kbMatch, type Ctx } from './ctx';

/** Given names that open a hyphenated compound given name (French, German, Iberian). */
const COMPOUND_OPENERS = new Set([
  'Jean', 'Marie', 'Anne', 'Pierre', 'Paul', 'Louis', 'Hans', 'Karl', 'Franz', 'Klaus', 'Ernst',
  'José', 'Jose', 'Maria', 'Juan', 'João',
]);

/** Tokens j - 1 and j, joined by a hyphen, are one compound given name: token j - 1 is the
 *  first word of the name (`i`), a compound opener, and the part after the hyphen is a
 *  capitalised word the KB does not know (not "Jean-Paris"). */
export function compoundGivenNameAt(ctx: Ctx, i: number, j: number): boolean {
  if (j !== i + 1 || ctx.te[i] !== ctx.ts[j] - 1 || ctx.p.charCodeAt(ctx.te[i]) !== 45) return false;
  if (!COMPOUND_OPENERS.has(ctx.p.slice(ctx.ts[i], ctx.te[i]))) return false;
  const c = ctx.p.charCodeAt(ctx.ts[j]);
  if (!(c >= 65 && c <= 90)) return false;
  return kbMatch(ctx, j) === null;
}
