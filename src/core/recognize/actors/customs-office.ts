// "Bea Cukai Kualanamu", "Bea Cukai Soekarno-Hatta", "Bea Cukai Tanjung Emas": customs
// offices are named for the port or airport they serve, which the KB does not know as a
// region, so "Bea Cukai" was read alone and the port as a person, or as the first word of
// the office head's name ("Kepala Bea Cukai Kualanamu Rika Moluko": issue 13's leftover
// "Bea Cukai Kualanamu split", recog37). One unknown capitalised word right after "Bea
// Cukai" is its office's place when a lower-case word or punctuation follows, or a name of
// two words and more (the office head); a lone name after it may be the head's own.
// Not in a Title-Case or capitals headline: there every word is capitalised, and the word
// after "Bea Cukai" is as often the headline's verb ("Bea Cukai Sita …", "… Musnahkan …")
// as a port; "Bea Cukai" stays the linked directorate there, the body names the port.
import { adjacent, has, kbMatch, type Ctx } from './ctx';
import { F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD } from './word-class';

export const CUSTOMS_ID = 'direktorat-jenderal-bea-dan-cukai';

const NOT_A_PORT = F_NEVER_ACTOR | F_ORG_HEAD | F_TITLE_HEAD;

/** The token after the port's name when token j, right after "Bea Cukai", names the
 *  office's port; else j. */
export function customsPortEnd(ctx: Ctx, j: number): number {
  const { p, ts, te, nt } = ctx;
  if (j >= nt || ctx.mode === 'kbOnly' || has(ctx, j, NOT_A_PORT) || kbMatch(ctx, j)) return j;
  const first = p.charCodeAt(ts[j]);
  if (first < 65 || first > 90) return j;
  // "Soekarno-Hatta": a hyphenated port name is one token run
  let k = j + 1;
  while (k < nt && ts[k] === te[k - 1] + 1 && p.charCodeAt(te[k - 1]) === 45) k++;
  if (k >= nt || !adjacent(ctx, k - 1, k)) return k;
  const capital = (t: number) => { const c = p.charCodeAt(ts[t]); return c >= 65 && c <= 90; };
  if (!capital(k)) return k;
  // a capitalised word follows: the office head's name only when it has two words or more
  return k + 1 < nt && adjacent(ctx, k, k + 1) && capital(k + 1) ? k : j;
}

/** Extends the customs mention pushed last over its port at token j ("Bea Cukai" →
 *  "Bea Cukai Kualanamu", named as written: the KB has no name for the office); the token
 *  after the port, or j when none is there. */
export function takeCustomsPort(ctx: Ctx, j: number): number {
  const last = ctx.out[ctx.out.length - 1];
  if (last === undefined || last.entityId !== CUSTOMS_ID || last.end !== ctx.te[j - 1]) return j;
  const k = customsPortEnd(ctx, j);
  if (k === j) return j;
  last.end = ctx.te[k - 1];
  last.canonical = ctx.p.slice(last.start, last.end);
  last.alias = undefined;
  last.entityId = undefined;
  last.source = 'pattern';
  return k;
}
