// "National Paralympic Committee Indonesia", "National Sports Council Malaysia": an English
// body's name puts its modifiers before the head ("Committee", "Council"), so the run of
// capitalised words reaches the head only after unknown words, which were read as a person
// ("National Paralympic") and the head onwards as a body of its own ("Committee Indonesia";
// issue 13, dev d266). Up to MAX_MODIFIERS unknown words right before such a head are the
// body's: one organisation from the first of them to the end of the head's name (orgExtent).
import { adjacent, has, kbMatch, low, pushMention } from '../ctx';
import { acronymAfter, orgExtent } from '../extents';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { ENGLISH_BODY_HEADS } from '../../lexicon';
import { F_ENGLISH_BODY_HEAD, NOT_IN_A_PERSON_NAME } from '../word-class';
import { readsAsPerson } from '../../name-model';

const MAX_MODIFIERS = 3;

export const englishModifiedBody: ActorRule = {
  name: 'english-modified-body',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    // Paragraph gate: the rule needs a head among the tokens after i (the test of h
    // below), and most paragraphs have none at all.
    if ((ctx.classes & F_ENGLISH_BODY_HEAD) === 0) return NO_MATCH;
    // Only at the start of a run of capitalised words, or after a title or a word no name
    // has ("Ketua National Paralympic Committee …"), not inside a name.
    if ((i > 0 && adjacent(ctx, i - 1, i) && !has(ctx, i - 1, NOT_IN_A_PERSON_NAME)) || ctx.mode === 'kbOnly') return NO_MATCH;
    let h = i;
    while (h < ctx.nt && h - i < MAX_MODIFIERS && !has(ctx, h, NOT_IN_A_PERSON_NAME) && !kbMatch(ctx, h) && h + 1 < ctx.nt && adjacent(ctx, h, h + 1)) h++;
    if (h === i || h >= ctx.nt || !ENGLISH_BODY_HEADS.has(low(ctx, h))) return NO_MATCH;
    // "Ketua Budi Santoso Committee for Justice": modifiers opening with a word the name
    // model reads as a person's name are the title holder's name, and the body starts at
    // its head. (The first word alone: "National Archery" read whole is a person too.)
    if (readsAsPerson(ctx.p, ctx.ts[i], ctx.te[i])) return NO_MATCH;
    const end = orgExtent(ctx, h);
    // "Badminton Association of Malaysia": a name going on over "of" is the unknown-name
    // rule's (its "of" and the place after it).
    if (ctx.p.startsWith(' of ', ctx.te[end - 1])) return NO_MATCH;
    pushMention(ctx, ctx.ts[i], ctx.te[end - 1], 'ORG', 'pattern');
    return acronymAfter(ctx, end, ctx.out.length - 1);
  },
};
