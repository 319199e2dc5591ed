// A name the KB knows: longest alias at the token (see KbIndex.matchAt). A title or
// place cue survives it ("Juru bicara Kremlin Dmitry Peskov").
import { emitKb, kbMatch } from '../ctx';
import { CUES_KEEP, NO_MATCH, type ActorRule } from '../rule';

export const kbName: ActorRule = {
  name: 'kb-name',
  cues: CUES_KEEP,
  apply(ctx, i) {
    const m = kbMatch(ctx, i);
    return m ? emitKb(ctx, i, m) : NO_MATCH;
  },
};
