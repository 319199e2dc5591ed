// "TERNATE, malutpost.id —", "BOGOR, okezone –", "JAKARTA, investor.id –": the outlet of
// a dateline written in lower case. The dateline rule (dateline.ts) reads capitalised
// heads only, and the lower-case outlet rules (domains.ts) want a domain the KB knows or a
// cue word before the name. Right after a place and its comma, before the dash that opens
// the story, a lower-case web domain is an outlet even when the KB does not know it; a
// plain word only when the KB knows it as an outlet under another case ("Okezone"), as
// "Namun, warga – …" or "SORONG, kemarin – …" are no datelines.
import type { KbIndex } from '../../kb/kb-index';
import { isDash } from '../../text/chars';
import type { LocalMention } from '../mention';
import { insertMention, OUTLET_TOP_LEVEL, outletNamedIgnoringCase } from './domains';
import { regionalPaperDomainName } from './regional-newspaper';

/** Farthest comma of a dateline's place ("KOTAMOBAGU, ", "Gunung Sugih, "). */
const MAX_PLACE = 40;
/** Capitalised place words, a comma, one lower-case word or domain, a dash. */
const HEAD = /^\p{Lu}[\p{L}\p{M}'’.]*(?: \p{Lu}[\p{L}\p{M}'’.]*){0,3}, ([a-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*) (?:--?|–|—) /u;
const WEB_DOMAIN = new RegExp(`\\.(?:${OUTLET_TOP_LEVEL})$`);

/** Adds to `out` (sorted, non-overlapping) the lower-case outlet of the paragraph's
 *  dateline, if it has one. */
export function lowerCaseDatelineOutlet(p: string, kb: KbIndex, out: LocalMention[]): void {
  // Most paragraphs fail here, after reading at most MAX_PLACE characters: no comma near
  // the start, or a capital after it.
  // (the native search beats a loop over the characters even when the comma is far off)
  const last = Math.min(MAX_PLACE, p.length - 3);
  const comma = p.indexOf(', ', 1);
  if (comma < 0 || comma > last) return;
  const c = p.charCodeAt(comma + 2);
  if (c < 97 || c > 122) return;
  // ("Namun, warga …": the word after the comma is followed by no dash; the pattern below
  // is not run)
  let wordEnd = comma + 2;
  while (wordEnd < p.length && p.charCodeAt(wordEnd) !== 32) wordEnd++;
  if (!isDash(p.charCodeAt(wordEnd + 1))) return;
  const head = HEAD.exec(p);
  if (!head) return;
  const name = head[1];
  const start = comma + 2;
  const end = start + name.length;
  const known = WEB_DOMAIN.test(name) ? kb.lookupDomain(name) : outletNamedIgnoringCase(kb, name);
  if (known) {
    insertMention(out, { start, end, type: 'ORG', canonical: known.canonical, entityId: known.id, alias: name, source: 'kb' });
  } else if (WEB_DOMAIN.test(name)) {
    // Named as a name is written, as the KB names the outlets it knows ("Kompas.com").
    const canonical = regionalPaperDomainName(name, kb) ?? name.charAt(0).toUpperCase() + name.slice(1);
    insertMention(out, { start, end, type: 'ORG', canonical, source: 'pattern' });
  }
}
