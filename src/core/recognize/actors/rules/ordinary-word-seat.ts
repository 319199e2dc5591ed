// "di kantornya di Sumber, Selasa", "kata X di Tanjung, Kamis": a regency's seat named like an
// ordinary word (kb/ordinary-word-seats.ts) is the town where it stands as a place, after
// "di", "ke" or "dari", with no capitalised word after it ("Tanjung Priok", "Sumber Waras"
// are other names), in an article that names the seat's regency ("Kabupaten Cirebon",
// "Tabalong": the link pass drops the others, seatsOutsideTheirRegency below, as a paragraph
// is read alone). The sets annotate a seat as a GPE under its own name (eval/README.md,
// session 52; gold55 names `Sumber` and `Tanjung`). Elsewhere the word stays a word.
import { ORDINARY_WORD_SEATS } from '../../../kb/ordinary-word-seats';
import { occursAsWord, wordBefore } from '../../../text/chars';
import { PLACE_PREPOSITION_WORDS } from '../../lexicon';
import type { ActorMention } from '../../types';
import { adjacent, pushMention, word, type Ctx } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_NEVER_ACTOR, F_NON_ACTOR_HEAD } from '../word-class';

export const ordinaryWordSeat: ActorRule = {
  name: 'ordinary-word-seat',
  cues: CUES_CLEAR,
  gate: F_NEVER_ACTOR | F_NON_ACTOR_HEAD,
  apply(ctx, i) {
    if (!ORDINARY_WORD_SEATS.has(word(ctx, i)) || !standsAsPlace(ctx, i)) return NO_MATCH;
    pushMention(ctx, ctx.ts[i], ctx.te[i], 'GPE', 'pattern');
    return i + 1;
  },
};

/** Token i follows a place preposition by one space and no name goes on after it. */
function standsAsPlace(ctx: Ctx, i: number): boolean {
  const { p, ts, te } = ctx;
  if (i + 1 < ctx.nt && adjacent(ctx, i, i + 1)) return false;
  if (p.charCodeAt(te[i]) === 45 /* - */) return false;
  const before = wordBefore(p, ts[i]);
  return before !== null && before.end === ts[i] - 1 && PLACE_PREPOSITION_WORDS.hasAt(p, before.start, before.end);
}

/** Drops the seats this rule read (`found`: a place no KB name gave) in an article that never
 *  writes their regency's name: one search of the text per seat named, so linear. */
export function seatsOutsideTheirRegency(text: string, ms: readonly ActorMention[], found: (k: number) => boolean, drop: (k: number) => void): void {
  let named: Map<string, boolean> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const regencies = m.type === 'GPE' ? ORDINARY_WORD_SEATS.get(m.text) : undefined;
    if (regencies === undefined || !found(k)) continue;
    named ??= new Map();
    let answer = named.get(m.text);
    if (answer === undefined) {
      answer = regencies.some((r) => occursAsWord(text, r));
      named.set(m.text, answer);
    }
    if (!answer) drop(k);
  }
}
