// "Menteri Perdagangan Sinta Wulandari kepada Kompas: “…”", "Budi menjawab kepada hakim Rina:
// “…”": before a colon that opens a quote, the one named after "kepada" is who the words are
// said to (an outlet, a journalist, a judge), never who says them; the speaker is named right
// before "kepada" (the quote went to the outlet: issue 13).
import type { LocalMention } from './mention';

const TO = ' kepada ';
/** What may stand between the speaker and "kepada": nothing, or one verb ("menjawab"). */
const BETWEEN = /^(?: \p{Ll}+)?$/u;

/** For the mention `m` ending at the colon: the mention right before " kepada " in front of
 *  it, with at most one lower-case word between ("X menjawab kepada Y:"), else `m`. */
export function speakerBeforeAddressee(p: string, mentions: readonly LocalMention[], m: number): number {
  const at = mentions[m].start - TO.length;
  if (m === 0 || at < 0 || !p.startsWith(TO, at)) return m;
  return BETWEEN.test(p.slice(mentions[m - 1].end, at)) ? m - 1 : m;
}
