// The link pass finds extra mentions in several steps (headline names, organisations cut
// off the person after them: companies, clubs, title holders), each a list in text order.
// They become one list in text order, with no two mentions overlapping.
import type { ActorMention } from './types';

/** `a` and `b`, each in text order, as one list in text order. The caller passes the
 *  list it trusts more first: on any overlap `a`'s mention is kept and `b`'s dropped,
 *  whichever starts first ("Singa Muda" of a headline, which sport-clubs.ts found as the
 *  club's own name too: the headline's). Within one list an overlap keeps the earlier. */
export function mergedFirstWins(a: readonly ActorMention[], b: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const push = (m: ActorMention): void => {
    if (out.length === 0 || out[out.length - 1].end <= m.start) out.push(m);
  };
  let i = 0;
  for (const m of b) {
    while (i < a.length && a[i].end <= m.start) push(a[i++]);
    // (a[i], if any, ends after m starts: it overlaps m unless it starts after m ends)
    if (i < a.length && a[i].start < m.end) continue;
    push(m);
  }
  while (i < a.length) push(a[i++]);
  return out;
}
