// "Boaz mengatakan kepada Bola.com para pemain sudah …": the one spoken to, named right
// after "kepada" with no comma and no "bahwa" after it, ends the adjunct; the content starts
// at the next word. (afterAdjunct in find.ts needs that comma or "bahwa": without either it
// ran to the sentence end and the statement was lost.)
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { isUpper, wordAfter } from '../../text/chars';
import { firstStartingAt, type LocalMention } from '../mention';
import { VERB_ADJUNCT_WORDS } from '../adjunct-words';

/** Words that go on with the adjunct after the name rather than open the content: the
 *  words of an adjunct after a verb, and the conjunctions, the relative and the
 *  demonstratives that go on with the name. */
const STILL_ADJUNCT = new LowerWordSet([...VERB_ADJUNCT_WORDS,
  'bahwa', 'dan', 'atau', 'yang', 'itu', 'tersebut', 'secara', 'sambil', 'seraya', 'dengan', 'agar', 'supaya', 'untuk', 'bagi']);

/** `kepadaEnd` is the end of "kepada": when a mention starts one space after it and a
 *  lower-case word that opens no further adjunct follows the mention after one space,
 *  that word's start; else -1. */
export function contentAfterAddressee(p: string, kepadaEnd: number, mentions: readonly LocalMention[]): number {
  if (!isLowerWordAt(p, kepadaEnd - 6, kepadaEnd, 'kepada') || p.charCodeAt(kepadaEnd) !== 32) return -1;
  const i = firstStartingAt(mentions, kepadaEnd + 1);
  if (i >= mentions.length || mentions[i].start !== kepadaEnd + 1) return -1;
  const end = mentions[i].end;
  if (p.charCodeAt(end) !== 32) return -1;
  const w = wordAfter(p, end);
  if (w === null || w.start !== end + 1 || isUpper(p.charCodeAt(w.start)) || STILL_ADJUNCT.hasAt(p, w.start, w.end)) return -1;
  return w.start;
}
