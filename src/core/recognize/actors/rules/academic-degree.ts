// "Ricky Martua Miyabe, S.H., M.H., menilai …", "dr. Wulan Paramita, Sp.A(K), Ph.D.,
// menjelaskan …", "AKBP Darmawan, S.I.K., menegaskan …": academic and professional degrees
// after a name and a comma are no actors (they stay outside the name, as titles do). Read
// as names, their letters ("S", "H") became persons standing between the speaker and the
// verb, and the statement lost its speaker. What a degree is: ../../degrees.ts.
import { degreesEnd } from '../../degrees';
import { ALWAYS, CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';

export const academicDegree: ActorRule = {
  name: 'academic-degree',
  cues: CUES_KEEP,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    const start = ts[i];
    // Every token passes here: a degree follows ", ".
    if (start < 3 || p.charCodeAt(start - 1) !== 32 || p.charCodeAt(start - 2) !== 44) return NO_MATCH;
    const end = degreesEnd(p, start);
    if (end < 0) return NO_MATCH;
    // A dotless degree is one token that is the whole aside.
    if (end === te[i]) return i + 1;
    let j = i + 1;
    while (j < nt && ts[j] < end) j++;
    return j;
  },
};
