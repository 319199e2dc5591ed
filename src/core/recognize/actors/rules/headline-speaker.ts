// In a headline (which only reports KB names): "Guterres: ‘…’", the speaker before a
// colon at the start of a sentence.
import { has, isSentenceInitial, pushMention } from '../ctx';
import { unknownExtent } from '../extents';
import { ALWAYS, CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_NEVER_ACTOR, F_SENTENCE_STARTER } from '../word-class';

export const headlineSpeaker: ActorRule = {
  name: 'headline-speaker',
  cues: CUES_KEEP,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, te } = ctx;
    const extEnd = unknownExtent(ctx, i);
    if (ctx.extentJoinsKbPerson || extEnd - i > 3 || p.charCodeAt(te[extEnd - 1]) !== 58 ||
        !isSentenceInitial(p, ts[i]) || has(ctx, i, F_NEVER_ACTOR | F_SENTENCE_STARTER)) return NO_MATCH;
    pushMention(ctx, ts[i], te[extEnd - 1], has(ctx, i, F_ACRONYM) ? 'ORG' : 'PER', 'pattern');
    return extEnd;
  },
};
