// "Pengurus Harian YLKI Tulus Abadi", "Pimpinan Harian Persatuan X": a member of an
// organisation's daily board is introduced by the board's name as a role, like a title;
// the board is no body of its own (it has no name but its organisation's), while a board at
// a level ("Pengurus Besar NU", "Pimpinan Wilayah Muhammadiyah") names a body
// (organisation-head). Consumed as a title: the organisation after it is found by the rules
// after, and the next name is a person.
import { adjacent, lowIs } from '../ctx';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_ORG_HEAD } from '../word-class';

export const dailyBoardRole: ActorRule = {
  name: 'daily-board-role',
  cues: CUES_TITLE,
  gate: F_ORG_HEAD,
  apply(ctx, i) {
    if (!(lowIs(ctx, i, 'pengurus') || lowIs(ctx, i, 'pimpinan')) || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1) || !lowIs(ctx, i + 1, 'harian')) return NO_MATCH;
    return i + 2;
  },
};
