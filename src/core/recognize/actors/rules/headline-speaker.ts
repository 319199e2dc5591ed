// In a headline (which only reports KB names): "Guterres: ‘…’", the speaker before a
// colon at the start of a sentence.
import { has, isSentenceInitial, pushMention } from '../ctx';
import { unknownExtent } from '../extents';
import { ALWAYS, CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_NEVER_ACTOR, F_SENTENCE_STARTER, F_TITLE_HEAD } from '../word-class';

export const headlineSpeaker: ActorRule = {
  name: 'headline-speaker',
  cues: CUES_KEEP,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, te } = ctx;
    const extEnd = unknownExtent(ctx, i);
    if (ctx.extentJoinsKbPerson || extEnd - i > 3 || p.charCodeAt(te[extEnd - 1]) !== 58 ||
        !isSentenceInitial(p, ts[i]) || has(ctx, i, F_NEVER_ACTOR | F_SENTENCE_STARTER)) return NO_MATCH;
    // "Rektor Untan: …", "Ketua AFPI: …": the title is no part of the name, and the one word
    // after it may be the body the title holder heads; a name of two words or more is a person.
    let s = i;
    if (has(ctx, i, F_TITLE_HEAD) && extEnd - i >= 2) {
      s = i + 1;
      if (extEnd - s === 1 && !has(ctx, s, F_ACRONYM)) return extEnd;
    }
    pushMention(ctx, ts[s], te[extEnd - 1], has(ctx, s, F_ACRONYM) ? 'ORG' : 'PER', 'pattern');
    return extEnd;
  },
};
