// Passes over one token: the last rule of a headline line, where only KB names count.
import { ALWAYS, CUES_KEEP, type ActorRule } from '../rule';

export const skipWord: ActorRule = {
  name: 'skip-word',
  cues: CUES_KEEP,
  gate: ALWAYS,
  apply(_ctx, i) {
    return i + 1;
  },
};
