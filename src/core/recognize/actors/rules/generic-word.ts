// "Pemerintah", "Rezim", "Republik" on their own: generic words before a name, skipped
// without touching the cues ("pemerintah Rusia": Rusia is still found by the KB).
import { has } from '../ctx';
import { CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';
import { F_GENERIC_SKIP } from '../word-class';

export const genericWord: ActorRule = {
  name: 'generic-word',
  cues: CUES_KEEP,
  gate: F_GENERIC_SKIP,
  apply(ctx, i) {
    return has(ctx, i, F_GENERIC_SKIP) ? i + 1 : NO_MATCH;
  },
};
