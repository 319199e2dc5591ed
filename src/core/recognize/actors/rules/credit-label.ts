// "Rep: A / Red: B", "Penulis: A | Editor: B" (issue 13, pattern 9): a second credit
// label inside a credit line is no person; after a bar it needs no colon ("Penulis A |
// Editor B").
import { CREDIT_LABELS } from '../../lexicon';
import { low } from '../ctx';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';

export const creditLabel: ActorRule = {
  name: 'credit-label',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, te } = ctx;
    if (ctx.mode !== 'credit') return NO_MATCH;
    const colon = p.charCodeAt(te[i]) === 58 /* : */ || (p.charCodeAt(te[i]) === 32 && p.charCodeAt(te[i] + 1) === 58);
    const afterBar = ts[i] >= 2 && p.charCodeAt(ts[i] - 1) === 32 && p.charCodeAt(ts[i] - 2) === 124; /* | */
    if (!(colon || afterBar) || !CREDIT_LABELS.has(low(ctx, i))) return NO_MATCH;
    return i + 1;
  },
};
