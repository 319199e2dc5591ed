// "pemilik kebun berinisial AS dan HR": people named by their initials only (suspects,
// minors) are no actors (annotation spec), even when the initials spell a known name
// ("AS" is also the United States). The initials after "berinisial" / "inisial", joined by
// commas or "dan", are skipped; so are initials followed by an age in brackets ("pemilik
// muatan, AR (41), diamankan"), the way news names a suspect without a cue word.
import { isDigit, wordBefore } from '../../../text/chars';
import { isLowerWordAt } from '../../../text/lower-word-set';
import { has, type Ctx } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_UPPER_CASE } from '../word-class';

const MAX_INITIALS = 4;

export const initials: ActorRule = {
  name: 'initials',
  cues: CUES_CLEAR,
  gate: F_UPPER_CASE,
  apply(ctx, i) {
    if (!isInitials(ctx, i)) return NO_MATCH;
    const { p, ts } = ctx;
    if (ageFollows(p, ctx.te[i])) return i + 1;
    const before = wordBefore(p, ts[i]);
    if (!before || p.charCodeAt(before.end) !== 32 ||
        !(isLowerWordAt(p, before.start, before.end, 'berinisial') || isLowerWordAt(p, before.start, before.end, 'inisial'))) return NO_MATCH;
    let j = i + 1;
    while (j < ctx.nt && isInitials(ctx, j) && joined(p, ctx.te[j - 1], ts[j])) j++;
    return j;
  },
};

function isInitials(ctx: Ctx, i: number): boolean {
  return has(ctx, i, F_UPPER_CASE) && ctx.te[i] - ctx.ts[i] <= MAX_INITIALS;
}

/** Two initials in one list: ", ", " dan ", " serta ". */
function joined(p: string, from: number, to: number): boolean {
  const gap = p.slice(from, to);
  return gap === ', ' || gap === ' dan ' || gap === ', dan ' || gap === ' serta ';
}

/** " (41)" right after the initials: an age of one or two digits in brackets. */
function ageFollows(p: string, end: number): boolean {
  if (p.charCodeAt(end) !== 32 || p.charCodeAt(end + 1) !== 40) return false;
  let k = end + 2;
  while (k < p.length && k - end - 2 < 3 && isDigit(p.charCodeAt(k))) k++;
  const digits = k - end - 2;
  return digits >= 1 && digits <= 2 && p.charCodeAt(k) === 41;
}
