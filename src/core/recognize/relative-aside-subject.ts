// "Penyelam itu, Budi Santoso, yang ditemui di pelabuhan Waisai, menilai …": a relative clause
// set off by commas right before the verb describes the person named before it, and the verb
// is that person's. A name inside the clause (a place read as a person's name, "Waisai"; a
// person the clause mentions, "yang pernah bekerja untuk X") is no subject (dev d344).
import type { LocalMention } from './mention';

/** The person whose name is followed by ", yang …," when that clause ends with the comma right
 *  before the verb at `verbStart` and holds the mention `inside` (the last person before the
 *  verb); else -1. Only a person named from `floor` on, and a clause with no other comma. */
export function personBeforeRelativeAside(p: string, mentions: readonly LocalMention[], inside: number, floor: number, verbStart: number): number {
  let k = verbStart;
  while (k > floor && p.charCodeAt(k - 1) === 32) k--;
  if (k <= floor || p.charCodeAt(k - 1) !== 44) return -1;
  const close = k - 1;
  for (let i = inside - 1; i >= 0 && mentions[i].start >= floor; i--) {
    const m = mentions[i];
    if (m.end > close || m.type !== 'PER') continue;
    if (p.startsWith(', yang ', m.end) && onlyCommaAt(p, m.end + 1, close)) return i;
  }
  return -1;
}

/** The first comma in p[from, close] is at `close` (searched up to it only: an indexOf over
 *  the rest of a long paragraph would be quadratic). */
function onlyCommaAt(p: string, from: number, close: number): boolean {
  for (let k = from; k < close; k++) if (p.charCodeAt(k) === 44) return false;
  return true;
}
