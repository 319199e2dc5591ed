// "Ricky Martua Hutapea, S.H., M.H., menilai …", "dr. Rina Puspitasari, Sp.A(K), Ph.D.,
// mengatakan …", "AKBP Darmawan, S.I.K., menegaskan …": academic and professional degrees
// after a name and a comma are no actors (they stay outside the name, as titles do). Read
// as names, their letters ("S", "H") became persons standing between the speaker and the
// verb, and the statement lost its speaker.
import { ALWAYS, CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';

/** One degree: a capital, up to two letters, a dot and more abbreviated parts ("S.H.",
 *  "Ph.D.", "S.I.K.", "M.Si", "S.Sos"), or a specialist's "Sp.A(K)". */
const DEGREE = /(?:Sp\.[A-Z]{1,3}(?:\([A-Z]\))?|[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,3}\.?)+)/y;
/** Degrees also written without dots ("dr. Yuniarti Pohan, MPH, mengatakan"). Only forms
 *  that name no body: "MA" (Mahkamah Agung) and "SH" stay out. */
const DOTLESS = /(?:MPH|MBA|MSc|PhD|MKes|MSi|MPd|MKM)(?=,)/y;
/** What may follow a degree: a comma, or a space and another degree. */
const MAX_DEGREES = 4;

export const academicDegree: ActorRule = {
  name: 'academic-degree',
  cues: CUES_KEEP,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, nt } = ctx;
    const start = ts[i];
    // Cheap refusals first: every token passes here. A degree follows ", " and has a dot
    // within its first three characters.
    if (start < 3 || p.charCodeAt(start - 1) !== 32 || p.charCodeAt(start - 2) !== 44) return NO_MATCH;
    if (p.charCodeAt(start + 1) !== 46 && p.charCodeAt(start + 2) !== 46 && p.charCodeAt(start + 3) !== 46) return dotlessDegree(ctx, i);
    let end = start;
    for (let n = 0; n < MAX_DEGREES; n++) {
      DEGREE.lastIndex = end;
      if (!DEGREE.test(p)) break;
      end = DEGREE.lastIndex;
      if (p.charCodeAt(end) === 46) end++;
      // "S.H., M.H.," and "S.H. M.H.,": another degree after a comma or a space.
      const next = p.charCodeAt(end) === 44 && p.charCodeAt(end + 1) === 32 ? end + 2 : p.charCodeAt(end) === 32 ? end + 1 : -1;
      if (next < 0 || !isDegreeAt(p, next)) break;
      end = next;
    }
    // The degrees end the aside: a comma follows them.
    if (end === start || p.charCodeAt(end) !== 44) return NO_MATCH;
    let j = i + 1;
    while (j < nt && ts[j] < end) j++;
    return j;
  },
};

/** One dotless degree between commas is the whole aside. */
function dotlessDegree(ctx: Parameters<ActorRule['apply']>[0], i: number): number {
  const first = ctx.p.charCodeAt(ctx.ts[i]);
  if (first !== 77 /* M */ && first !== 80 /* P */) return NO_MATCH;
  DOTLESS.lastIndex = ctx.ts[i];
  return DOTLESS.test(ctx.p) && DOTLESS.lastIndex === ctx.te[i] ? i + 1 : NO_MATCH;
}

function isDegreeAt(p: string, at: number): boolean {
  DEGREE.lastIndex = at;
  return DEGREE.test(p);
}
