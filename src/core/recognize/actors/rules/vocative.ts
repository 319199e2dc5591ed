// "Tahu, Pak. Ajudannya bilang …", "Saya jual kebun, Pak Hakim. Sisanya pinjam …": inside
// quotes and transcripts, a word of address ("Pak", "Bu", "Mas", with a title after it:
// "Pak Hakim") ends its sentence as a vocative. The title rule would take it as a title
// whose holder's name follows, and the next sentence's first word ("Ajudannya", "Semoga",
// "Masing-masing") became a person. A title followed by a full stop, a question mark or an
// exclamation mark names nobody after it: the address is consumed, with no cue.
import { isClosingQuote, isSentenceEnd } from '../../../text/chars';
import { ADDRESS_TERMS } from '../../lexicon';
import { adjacent, has, kbMatch, low, type Ctx } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';

export const vocative: ActorRule = {
  name: 'vocative',
  cues: CUES_CLEAR,
  gate: F_TITLE_HEAD,
  apply(ctx, i) {
    if (!ADDRESS_TERMS.has(low(ctx, i))) return NO_MATCH;
    let j = i + 1;
    while (j < ctx.nt && adjacent(ctx, j - 1, j) && has(ctx, j, F_TITLE_WORD | F_TITLE_HEAD) && !kbMatch(ctx, j)) j++;
    return endsSentence(ctx, j) ? j : NO_MATCH;
  },
};

/** The address's last token (before token j) is followed by ".", "?" or "!" and a blank,
 *  a quote mark or the paragraph's end. */
function endsSentence(ctx: Ctx, j: number): boolean {
  const { p, te } = ctx;
  const at = te[j - 1];
  if (!isSentenceEnd(p.charCodeAt(at))) return false;
  const d = p.charCodeAt(at + 1);
  return Number.isNaN(d) || d === 32 || d === 10 || isClosingQuote(d);
}
