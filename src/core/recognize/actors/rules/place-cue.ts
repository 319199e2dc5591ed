// "wilayah X", "distrik X", a place prefix not part of the name: the next unknown name
// is a place.
import { adjacent, has } from '../ctx';
import { CUES_PLACE, NO_MATCH, type ActorRule } from '../rule';
import { F_PLACE_PREFIX } from '../word-class';

export const placeCue: ActorRule = {
  name: 'place-cue',
  cues: CUES_PLACE,
  gate: F_PLACE_PREFIX,
  apply(ctx, i) {
    return has(ctx, i, F_PLACE_PREFIX) && i + 1 < ctx.nt && adjacent(ctx, i, i + 1) ? i + 1 : NO_MATCH;
  },
};
