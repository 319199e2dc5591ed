// "Menteri Perdagangan Sinta Wulandari kepada Kompas: “…”", "Budi menjawab kepada hakim Rina:
// “…”": before a colon that opens a quote, the one named after "kepada" is who the words are
// said to (an outlet, a journalist, a judge), never who says them; the speaker is named right
// before "kepada" (the quote went to the outlet: issue 13).
import type { LocalMention } from './mention';
import { MINISTER_SHORT_TITLE_WORDS, TITLE_HEAD_WORDS, TITLE_WORD_WORDS } from './lexicon';

const TO = ' kepada ';
/** What may stand between the speaker and "kepada": nothing, or one verb ("menjawab"). */
const BETWEEN = /^(?: \p{Ll}+)?$/u;

/** For the mention `m` ending at the colon: the mention right before " kepada " in front of
 *  it, with at most one lower-case word between ("X menjawab kepada Y:"), else `m`. */
export function speakerBeforeAddressee(p: string, mentions: readonly LocalMention[], m: number): number {
  const at = titleStart(p, mentions[m].start) - TO.length;
  if (m === 0 || at < 0 || !p.startsWith(TO, at)) return m;
  return BETWEEN.test(p.slice(mentions[m - 1].end, at)) ? m - 1 : m;
}

/** Where the addressee's title starts before the mention at `start` ("kepada Presiden
 *  Prabowo:", "kepada Menlu Jepang:", "kepada Menteri Luar Negeri Jepang:"): the title
 *  words before it are the addressee's, and " kepada " stands before them. */
function titleStart(p: string, start: number): number {
  let s = start;
  while (s >= 2 && p.charCodeAt(s - 1) === 32) {
    let b = s - 1;
    while (b > 0 && isLetter(p.charCodeAt(b - 1))) b--;
    if (b === s - 1 || !(TITLE_HEAD_WORDS.hasAt(p, b, s - 1) || MINISTER_SHORT_TITLE_WORDS.hasAt(p, b, s - 1) || TITLE_WORD_WORDS.hasAt(p, b, s - 1))) break;
    s = b;
  }
  return s;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
