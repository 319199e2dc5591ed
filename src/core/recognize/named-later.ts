// "Pemandu itu bercerita bahwa …. Perempuan bernama Kristina … itu sudah tujuh tahun …": a
// statement whose speaker the article describes before naming her is the person introduced
// next with "bernama" (dev gold's decision for d270 and d279: a statement whose speaker is
// named only in a later sentence belongs to that person). "bernama" introduces a name for
// the one just described, so the first person named after the statement must be the one it
// introduces; any other person named first, or none within reach, leaves the statement
// nobody's. Used by link.ts for reported statements whose description points back to nobody.
import { isLowerWordAt } from '../text/lower-word-set';
import { wordBefore } from '../text/chars';
import { firstStartingAt } from './mention';
import type { ActorMention } from './types';

/** How far after the statement the introduction may come: the next sentence or the next
 *  short paragraph (a quote closed by "kata pedagang bernama X itu"). */
const REACH = 400;

/** The person introduced with "bernama" as the first person named after `end` (mention
 *  indexes of `mentions`, sorted by start, for which `isPerson` holds), or null. */
export function personNamedLater(text: string, mentions: readonly ActorMention[], end: number, isPerson: (k: number) => boolean): ActorMention | null {
  for (let k = firstStartingAt(mentions, end); k < mentions.length && mentions[k].start < end + REACH; k++) {
    if (!isPerson(k)) continue;
    const w = wordBefore(text, mentions[k].start, end);
    return w !== null && isLowerWordAt(text, w.start, w.end, 'bernama') ? mentions[k] : null;
  }
  return null;
}
