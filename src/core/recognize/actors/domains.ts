// Outlets named by their web domain in lower case (issue 13, pattern 9): "kata X kepada
// kompas.com", "dikutip dari kumparan.com". The rules only visit capitalised words, so
// this looks at the paragraph's dots instead: a dot between two lower-case letters is
// rare outside domains, and the KB decides whether the domain is an outlet it knows.
import type { KbIndex } from '../../kb/kb-index';
import type { LocalMention } from '../mention';

const DOT = 46;

/** "Tribun-Medan.com", "Pos-Kupang.com": a capitalised outlet domain with hyphens, read
 *  whole (sticky: set lastIndex to the token's start). The hyphens would else part it. */
export const HYPHEN_DOMAIN = /\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+\.(?:com|co\.id|id|net)(?![\p{L}\p{N}])/uy;

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

function isNameChar(c: number): boolean {
  return isLabelChar(c) || (c >= 65 && c <= 90);
}

/** Adds to `out` (sorted, non-overlapping) every lower-case domain of the paragraph that
 *  the KB knows as an organisation. A domain inside a URL or an e-mail address is left
 *  alone; a capitalised one ("Kompas.com", "KOMPAS.com") is the KB rule's. */
export function lowerCaseDomains(p: string, kb: KbIndex, out: LocalMention[]): void {
  let k = p.indexOf('.');
  while (k > 0) {
    const next = p.indexOf('.', k + 1);
    if (isLabelChar(p.charCodeAt(k - 1)) && p.charCodeAt(k + 1) >= 97 && p.charCodeAt(k + 1) <= 122) {
      let s = k - 1;
      while (s > 0 && isNameChar(p.charCodeAt(s - 1))) s--;
      let e = k + 1;
      while (e < p.length && (isLabelChar(p.charCodeAt(e)) || (p.charCodeAt(e) === DOT && isLabelChar(p.charCodeAt(e + 1))))) e++;
      const before = s > 0 ? p.charCodeAt(s - 1) : 32;
      const first = p.charCodeAt(s);
      // Lower-case start; not the tail of a URL path, an e-mail address or a longer host.
      if (first >= 97 && first <= 122 && before !== 47 && before !== 64 && before !== DOT && p.charCodeAt(e) !== 47 && p.charCodeAt(e) !== 64) {
        const entity = kb.lookupDomain(p.slice(s, e));
        if (entity) insert(out, { start: s, end: e, type: 'ORG', canonical: entity.canonical, entityId: entity.id, alias: p.slice(s, e), source: 'kb' });
      }
      k = p.indexOf('.', e);
      continue;
    }
    k = next;
  }
}

function insert(out: LocalMention[], m: LocalMention): void {
  let at = out.length;
  while (at > 0 && out[at - 1].start >= m.end) at--;
  if (at > 0 && out[at - 1].end > m.start) return;
  out.splice(at, 0, m);
}

/** Longest line read as an outlet's name standing alone. */
const MAX_OUTLET_LINE = 32;

/** "detikNews", "kumparanNEWS" on a line of their own (a byline block): an outlet whose KB
 *  name starts in lower case, which the rules (capitalised words only) never visit. */
export function lowerCaseOutletLine(p: string, kb: KbIndex, out: LocalMention[]): void {
  const first = p.charCodeAt(0);
  if (first < 97 || first > 122 || p.length > MAX_OUTLET_LINE) return;
  const name = p.trimEnd();
  if (name.indexOf(' ') >= 0) return;
  const entity = kb.lookup(name);
  if (entity && entity.type === 'ORG') insert(out, { start: 0, end: name.length, type: 'ORG', canonical: entity.canonical, entityId: entity.id, alias: name, source: 'kb' });
}
