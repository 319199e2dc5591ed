// "Bangkok (ANTARA) -", "MAKKAH -", "Jakarta, IDN Times -", "Bisnis.com, BANDUNG —": is a
// mention the article's dateline, its place opening a line with a dateline's punctuation
// after it? The link pass asks it of a country (article-country.ts: a dateline says where the
// article is written, no country it is about), of a provincial capital (article-regency.ts)
// and of a place the KB does not know (dateline-place-person.ts). One owner, so that those
// steps read a dateline alike; each says which forms it takes.
import type { ActorMention } from './types';

/** A dateline's punctuation right after its place: a bracket before the outlet, a comma, or a dash. */
const DATELINE_AFTER = /^\s*(?:\(|,|[-–—])/;

/** `m` opens its line (only blanks before it) and a dateline's punctuation follows it:
 *  "Bangkok (ANTARA) -", "MAKKAH -", "Jakarta, IDN Times -". */
export function isDateline(text: string, m: ActorMention): boolean {
  const before = text.lastIndexOf('\n', m.start - 1);
  return text.slice(before + 1, m.start).trim() === '' && DATELINE_AFTER.test(text.slice(m.end, m.end + 3));
}

/** An outlet's name opening the line before the place, and a dateline's dash after it:
 *  "Bisnis.com, BANDUNG —", "Liputan6.com, Garut -". */
const OUTLET_BEFORE = /^[^\s,]{2,30}, $/;
const DASH_AFTER = /^\s*[-–—]/;

/** `m` is a dateline's place written after the outlet's name: "Bisnis.com, BANDUNG —". */
export function isDatelineAfterOutlet(text: string, m: ActorMention): boolean {
  const line = text.lastIndexOf('\n', m.start - 1) + 1;
  return OUTLET_BEFORE.test(text.slice(line, m.start)) && DASH_AFTER.test(text.slice(m.end, m.end + 3));
}
