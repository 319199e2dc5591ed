// "Rep: A / Red: B", "Penulis: A | Editor: B" (issue 13, pattern 9): a second credit
// label inside a credit line is no person.
import { CREDIT_LABELS } from '../../lexicon';
import { low } from '../ctx';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';

export const creditLabel: ActorRule = {
  name: 'credit-label',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, te } = ctx;
    const colon = p.charCodeAt(te[i]) === 58 /* : */ || (p.charCodeAt(te[i]) === 32 && p.charCodeAt(te[i] + 1) === 58);
    if (ctx.mode !== 'credit' || !colon || !CREDIT_LABELS.has(low(ctx, i))) return NO_MATCH;
    return i + 1;
  },
};
