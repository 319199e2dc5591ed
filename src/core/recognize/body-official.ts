// "“…,” jawab pejabat BPBD itu", "kata petinggi Polda Sumut tersebut": a description naming
// a body stands for the person the article introduced with that body in their title
// ("Kepala Pelaksana BPBD Kota Palu Rusdi Halim Lamasi"), when the KB describes nobody by it
// (link.ts tries the KB first: "pemimpin Ukraina"). Without this the salient speaker took
// the turn, often a caller or witness who had just spoken.
import type { ActorMention } from './types';

/** How far back the person may have been introduced: a few paragraphs. */
const REACH = 4000;

/** What may stand between the body and the name: a comma, up to two capitalised words (a
 *  rank, "Kombes", "AKBP", "Kombes Pol."), blanks. No sentence end, no quotation mark, and
 *  no lower-case word: "Rapat antara BPBD Kota Palu dan warga Budi Santoso" introduces no
 *  official of the BPBD. */
const GAP_RE = /^,? ?(?:\p{Lu}[\p{L}.]* ){0,2}$/u;

/** The last person before mention index `before` (excluded) introduced right after a
 *  mention of the same body as `body`, for whom `isPerson(k)` holds; else null. */
export function officialOfBody(text: string, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, before: number, body: ActorMention): ActorMention | null {
  const floor = body.start - REACH;
  for (let k = before - 1; k > 0 && mentions[k].start >= floor; k--) {
    if (!isPerson(k)) continue;
    const j = k - 1;
    const org = mentions[j];
    if (org.type !== 'ORG' || org.end > mentions[k].start || mentions[k].start - org.end > 24) continue;
    if (!sameBody(org, body) || !GAP_RE.test(text.slice(org.end, mentions[k].start))) continue;
    return mentions[k];
  }
  return null;
}

/** `named` is the body `short` refers to: the same identity, or `short` is the first word
 *  of its name ("BPBD" of "BPBD Kota Palu", whose identity the regional office carries). */
function sameBody(named: ActorMention, short: ActorMention): boolean {
  if (named.canonical === short.canonical) return true;
  const n = named.text;
  return n.length > short.text.length && n.charCodeAt(short.text.length) === 32 && n.startsWith(short.text);
}
