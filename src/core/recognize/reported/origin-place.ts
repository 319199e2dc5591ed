// "Siti Lubis, siswi kelas dua dari Pangururan, mengaku …": the subject search takes the
// last person before the verb, and a place the KB does not know, after "dari" / "di" /
// "asal", is only guessed to be a person (a "weak" mention). Dropped later as no name,
// it took the statement with it. Where the person is from is never the speaker: the
// person named before it in the sentence is.
import { wordBefore } from '../../text/chars';
import { PLACE_PREPOSITION_WORDS } from '../lexicon';
import type { LocalMention } from '../mention';

/** For a guessed name `mi` right after a place preposition, the last person before it in
 *  the sentence (from `floor`) whose name is no guess; -1 when `mi` is no such place or
 *  nobody is named before it. */
export function personBeforeOrigin(p: string, mentions: LocalMention[], mi: number, floor: number): number {
  const m = mentions[mi];
  if (m.source !== 'weak' || m.type !== 'PER') return -1;
  const w = wordBefore(p, m.start, floor);
  if (w === null || !PLACE_PREPOSITION_WORDS.hasAt(p, w.start, w.end)) return -1;
  for (let i = mi - 1; i >= 0 && mentions[i].start >= floor; i--) {
    if (mentions[i].type === 'PER' && mentions[i].source !== 'weak') return i;
  }
  return -1;
}
